import { describe, expect, it } from 'vitest'
import { createWordMatcher } from './match-words'
import { highlight, makeSnippet, snippetLength } from './snippet'

const matcher = createWordMatcher(['ongeval'])
const words = (count: number) => Array.from({ length: count }, (_, i) => `woord${i}`).join(' ')

describe('snippets', () => {
  it('shows about 160 characters around the first match, cut at spaces', () => {
    const text = `${words(60)} Na een verkeersongeval is hulp nodig. ${words(60)}`
    const snippet = makeSnippet(text, matcher)
    expect(snippet).toMatch(/^…woord\d+ /)
    expect(snippet).toMatch(/ woord\d+…$/)
    expect(snippet).toContain('<mark>verkeersongeval</mark>')
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(snippetLength + 2)
  })

  it('starts at the beginning when nothing in the text matches', () => {
    expect(makeSnippet(`Titel alleen. ${words(50)}`, matcher)).toMatch(/^Titel alleen\. woord0/)
  })

  it('escapes page text so it cannot become markup (CWE-79)', () => {
    const html = highlight('<script>alert("ongeval")</script> & <img src=x onerror=alert(1)>', matcher)
    expect(html).toBe('&lt;script&gt;alert(&quot;<mark>ongeval</mark>&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;')
  })
})
