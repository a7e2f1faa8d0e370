/**
 * The CMS's one public content entry: everything the sites are built from, published only,
 * read through the Local API with access control on (as an anonymous visitor would). Content only:
 * scripts that run Payload itself take it from `@vsp/cms/payload` (src/script-entry.ts).
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { publishedContent } from './published-content'

export async function getPublishedContent(): Promise<Record<string, unknown>> {
  return publishedContent(await getPayload({ config }))
}
