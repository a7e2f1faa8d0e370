import type { APIRoute } from 'astro'
import { getContent } from '#site-content'

/** Read back by the build integration to give the search index the editors' synonyms. */
export const GET: APIRoute = async () => {
  const { siteSettings } = await getContent()
  return new Response(JSON.stringify(siteSettings.searchSynonyms ?? []), { headers: { 'Content-Type': 'application/json' } })
}
