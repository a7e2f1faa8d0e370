import { renderRichText } from '@vsp/richtext'

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const SKIP = new Set(['id', 'title', 'slug', 'summary', 'createdAt', 'updatedAt', '_status', 'site', 'definition'])
const isRichText = (value: unknown) => typeof value === 'object' && value !== null && 'root' in value

/** Renders any field value: rich text through the site's pipeline, arrays as lists, the rest as text. */
function renderValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (isRichText(value)) return renderRichText(value as never).html
  if (Array.isArray(value)) {
    return `<ol>${value.map((item) => `<li>${renderValue(item)}</li>`).join('')}</ol>`
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('title' in record && 'id' in record && !('steps' in record) && !('body' in record)) return escapeHtml(record.title)
    return Object.entries(record)
      .filter(([key]) => key !== 'id' && key !== 'blockName')
      .map(([key, inner]) => {
        const html = renderValue(inner)
        return html ? `<div class="field"><span class="label">${escapeHtml(key)}</span> ${html}</div>` : ''
      })
      .join('')
  }
  return escapeHtml(value)
}

/**
 * A plain, readable rendering of a draft, so an editor can read the whole text before
 * publishing. The sites themselves are static and show only published content.
 */
export function renderPreview(collection: string, doc: Record<string, unknown>): string {
  const fields = Object.entries(doc)
    .filter(([key]) => !SKIP.has(key))
    .map(([key, value]) => {
      const html = renderValue(value)
      return html ? `<section><h2 class="label">${escapeHtml(key)}</h2>${html}</section>` : ''
    })
    .join('\n')
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Voorbeeld: ${escapeHtml(doc.title)}</title>
<style>
body{font:1.05rem/1.6 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1d1d1f}
.banner{background:#fff3cd;border:2px solid #8a6d00;padding:.5rem 1rem;border-radius:.4rem}
.label{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
.field{margin:.25rem 0} ol{padding-left:1.2rem} li{margin:.4rem 0}
</style></head><body>
<p class="banner">Voorbeeld van de laatste versie (${doc._status === 'published' ? 'gepubliceerd' : 'concept, niet gepubliceerd'}) · ${escapeHtml(collection)} · site: ${escapeHtml(doc.site)}</p>
<h1>${escapeHtml(doc.title ?? doc.alt)}</h1>
${doc.summary ? `<p><em>${escapeHtml(doc.summary)}</em></p>` : ''}
${fields}
</body></html>`
}
