import type { SearchDocument } from '../types'

// Result links are rendered as href: a "javascript:" or "data:" URL would run script in the
// visitor's page (CWE-79), and "//host" would leave the site. Only paths and http(s) pass.
const safeUrl = /^(\/(?!\/)|https?:\/\/)/i

export function validateDocument(doc: SearchDocument, index: number): void {
  if (typeof doc.url !== 'string' || !safeUrl.test(doc.url)) {
    throw new Error(`search document ${index}: url must be a site path or http(s) URL, got ${JSON.stringify(doc.url)}`)
  }
  if (typeof doc.title !== 'string' || typeof doc.text !== 'string' || (doc.headings !== undefined && typeof doc.headings !== 'string')) {
    throw new Error(`search document ${index} (${doc.url}): title, text and headings must be strings`)
  }
  if (doc.weight !== undefined && !(Number.isFinite(doc.weight) && doc.weight > 0)) {
    throw new Error(`search document ${index} (${doc.url}): weight must be a positive number, got ${doc.weight}`)
  }
}
