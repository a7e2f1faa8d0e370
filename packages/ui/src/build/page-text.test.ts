import { describe, expect, it } from 'vitest'
import { pageText } from './page-text'

const html = `<html><head><title>T | Site</title></head><body><nav>Menu</nav>
<main id="inhoud" data-kind="thema" data-section="iemand-ondersteunen"><h1>Over &amp; weer</h1>
<p>Tekst&nbsp;hier &#233;n <a href="/x/">link</a></p><script>var x = "geheim"</script></main><footer>Voet</footer></body></html>`

describe('pageText', () => {
  it('reads title, main text, kind and section', () => {
    const page = pageText(html)
    expect(page.title).toBe('Over & weer')
    expect(page.text).toBe('Over & weer Tekst hier én link')
    expect(page).toMatchObject({ kind: 'thema', section: 'iemand-ondersteunen', noindex: false })
  })
  it('sees noindex pages', () => {
    expect(pageText('<meta name="robots" content="noindex"><main></main>').noindex).toBe(true)
  })
})
