const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c])

export interface PageContent {
  title: string
  paragraphs: string[]
  /** a form with one button that POSTs the token back; no JavaScript needed */
  form?: { action: string; token: string; button: string }
}

/**
 * The confirm and unsubscribe pages: plain HTML in Dutch, a form where an action is needed, no
 * script, no external request, not indexed.
 */
export function renderPage(page: PageContent): string {
  const form = page.form
    ? `<form method="post" action="${escapeHtml(page.form.action)}">
  <input type="hidden" name="token" value="${escapeHtml(page.form.token)}">
  <button type="submit">${escapeHtml(page.form.button)}</button>
</form>`
    : ''
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.6rem; }
  button { font: inherit; padding: 0.6rem 1.2rem; border: 0; border-radius: 4px; background: #00567d; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${form}
</main>
</body>
</html>
`
}
