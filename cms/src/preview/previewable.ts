import { PER_SITE_COLLECTIONS } from '@vsp/content-models'

/**
 * Only content with drafts can be previewed. Anything else that Payload knows (users, media,
 * rebuild-requests, payload-migrations, payload-kv, payload-jobs…) is the CMS's own bookkeeping
 * or personal data, and must not render, even to staff (CWE-200).
 */
export const isPreviewable = (collection: string): boolean => (PER_SITE_COLLECTIONS as readonly string[]).includes(collection)
