import { describe, expect, it } from 'vitest'
import { pageText, removeChrome } from './page-text'

const html = `<html><head><title>T | Site</title></head><body><nav>Menu</nav>
<main id="inhoud" data-kind="thema" data-section="iemand-ondersteunen"><h1>Over &amp; weer</h1>
<p>Tekst&nbsp;hier &#233;n <a href="/x/">link</a></p><script>var x = "geheim"</script></main><footer>Voet</footer></body></html>`

describe('pageText', () => {
  it('reads title, main text, kind and section', () => {
    const page = pageText(html)
    expect(page.title).toBe('Over & weer')
    expect(page.text).toBe('Over & weer Tekst hier én link')
    expect(page).toMatchObject({ kind: 'thema', section: 'iemand-ondersteunen', noindex: false, headings: '' })
  })
  it('sees noindex pages', () => {
    expect(pageText('<meta name="robots" content="noindex"><main></main>').noindex).toBe(true)
    expect(pageText('<html><head><meta name="robots" content="noindex, follow"></head><body><main></main></body></html>').noindex).toBe(
      true,
    )
    // Text about the tag, in the body, does not make a page noindex.
    expect(
      pageText(
        '<html><head></head><body><main><code>&lt;meta name="robots" content="noindex"&gt;</code><p><meta name="robots" content="noindex"></p></main></body></html>',
      ).noindex,
    ).toBe(false)
  })
  it('turns every run of whitespace, tabs, line ends and &nbsp; included, into one space', () => {
    expect(pageText('<main><p>een\t\ttwee\ndrie \r\n vier&nbsp;&nbsp;vijf</p>  <p> zes</p></main>').text).toBe(
      'een twee drie vier vijf zes',
    )
  })
  it('leaves out navigation and the lists marked data-search-ignore, and reads the headings that remain', () => {
    const page = pageText(`<main><h1>Stalking</h1>
      <nav class="toc" aria-label="Op deze pagina"><h2>Op deze pagina</h2><ul><li><a href="#a">Bewijs</a></li></ul></nav>
      <h2 id="a">Bewijs <em>verzamelen</em></h2><p>Bewaar berichten.</p>
      <aside class="related" data-search-ignore><h2>Lees ook</h2><ul><li><a href="/checklists/geweld/">Wat u kunt doen na geweld</a></li></ul></aside>
      <h3>Veiligheid</h3><p>Bel 112.</p>
      <nav class="lesson-nav"><a href="/2/">Volgende les: Verkeersongeval</a></nav></main>`)
    expect(page.text).toBe('Stalking Bewijs verzamelen Bewaar berichten. Veiligheid Bel 112.')
    expect(page.headings).toBe('Bewijs verzamelen Veiligheid')
  })
})

describe('removeChrome', () => {
  it('finds the end of an ignored element past nested elements of the same name', () => {
    expect(removeChrome('a<div data-search-ignore="">b<div>c</div>d</div>e<div>f</div>')).toBe('ae<div>f</div>')
  })
  it('keeps elements whose attribute only starts with the same name', () => {
    expect(removeChrome('<div data-search-ignored-not>x</div><navigation>y</navigation>')).toBe(
      '<div data-search-ignored-not>x</div><navigation>y</navigation>',
    )
  })
  it('drops an unclosed ignored element to the end', () => {
    expect(removeChrome('a<nav>b')).toBe('a')
  })
})
