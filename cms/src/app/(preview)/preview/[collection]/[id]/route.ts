import config from '@payload-config'
import { getPayload, type CollectionSlug } from 'payload'
import { isPreviewable } from '../../../../../preview/previewable'
import { renderPreview } from '../../../../../preview/render-preview'

/**
 * Draft preview for editors: the admin's "Voorbeeld" button opens this page. It checks the
 * editor's session cookie and reads the latest draft with access control on.
 */
export async function GET(request: Request, context: { params: Promise<{ collection: string; id: string }> }) {
  const { collection, id } = await context.params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Log in in de redactieomgeving om een voorbeeld te zien.', { status: 401 })
  if (!isPreviewable(collection) || !payload.collections[collection as CollectionSlug]) {
    return new Response('Onbekende collectie.', { status: 404 })
  }
  try {
    const doc = await payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 1,
      overrideAccess: false,
      user,
    })
    return new Response(renderPreview(collection, doc as Record<string, unknown>), {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
    })
  } catch {
    return new Response('Dit document bestaat niet of u mag het niet zien.', { status: 404 })
  }
}
