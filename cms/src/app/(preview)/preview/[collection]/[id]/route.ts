import config from '@payload-config'
import { getPayload, type CollectionSlug } from 'payload'
import { isPreviewable } from '../../../../../preview/previewable'
import { previewLink } from '../../../../../preview/preview-link'

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * The admin's "Voorbeeld" button: for a logged-in staff member, a redirect to the page as the
 * site renders the latest draft (the site server's /voorbeeld/, with a token that expires).
 * The draft is read with access control on, so the redirect says no more than the user may see.
 * `?site=professionals` opens a document that is on both sites on that site.
 */
export async function GET(request: Request, context: { params: Promise<{ collection: string; id: string }> }) {
  const { collection, id } = await context.params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return plain(401, 'Log in in de redactieomgeving om een voorbeeld te zien.')
  if (!isPreviewable(collection) || !payload.collections[collection as CollectionSlug]) return plain(404, 'Onbekende collectie.')
  try {
    const doc = await payload.findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: false, user })
    return new Response(null, {
      status: 302,
      headers: {
        location: previewLink(collection, doc as { id: unknown; site?: unknown }, payload.secret, {
          site: new URL(request.url).searchParams.get('site'),
        }),
        'cache-control': 'no-store',
      },
    })
  } catch {
    return plain(404, 'Dit document bestaat niet of u mag het niet zien.')
  }
}
