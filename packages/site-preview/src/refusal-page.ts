/** Text or an attribute value as HTML. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A plain Dutch page for a preview that cannot be shown (no token, an expired or altered one, a
 * draft that is not valid yet). Never a stack trace or a path (CWE-209); no inline style or script.
 */
export function refusalPage(title: string, message: string, details: readonly string[] = []): string {
  const list = details.length ? `<ul>${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : ''
  const head = `<meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1">`
  return `<!DOCTYPE html><html lang="nl"><head>${head}<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${list}</main></body></html>`
}
