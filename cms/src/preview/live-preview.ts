import type { CollectionConfig } from 'payload'
import { hasRole } from '../access/roles'
import { previewLink } from './preview-link'

/**
 * Payload's live preview for a content collection: the draft as the site renders it, beside the
 * form, reloaded after each save or autosave (the site's /voorbeeld/live.js). The address is made
 * on the server for the staff member looking at the form, with a token that expires.
 */
export function livePreview(collection: string): NonNullable<CollectionConfig['admin']>['livePreview'] {
  return {
    url: ({ data, req }) => {
      if (!data?.id || !hasRole(req.user as Parameters<typeof hasRole>[0], 'admin', 'editor', 'marketer')) return null
      return previewLink(collection, data, req.payload.secret)
    },
    breakpoints: [
      { name: 'mobile', label: 'Mobiel', width: 375, height: 667 },
      { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
    ],
  }
}
