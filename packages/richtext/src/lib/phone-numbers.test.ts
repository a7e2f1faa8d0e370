import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render'
import { phoneParts } from './phone-numbers'

const numbers = (text: string) =>
  phoneParts(text)
    .filter((p) => p.tel)
    .map((p) => [p.text, p.tel])

describe('phoneParts', () => {
  it('finds the numbers as the seed writes them', () => {
    expect(numbers('Bel Slachtofferhulp Nederland (0900-0101) of het Juridisch Loket, op 0900-8020.')).toEqual([
      ['0900-0101', 'tel:09000101'],
      ['0900-8020', 'tel:09008020'],
    ])
    expect(numbers('Bel 113 of gratis 0800-0113, bij direct gevaar 112.')).toEqual([
      ['113', 'tel:113'],
      ['0800-0113', 'tel:08000113'],
      ['112', 'tel:112'],
    ])
    expect(numbers('Bel 088 7463 000 of 070-414 20 00, of 0900-2025590.')).toEqual([
      ['088 7463 000', 'tel:0887463000'],
      ['070-414 20 00', 'tel:0704142000'],
      ['0900-2025590', 'tel:09002025590'],
    ])
  })

  it('leaves alone what only looks like a number', () => {
    for (const text of [
      '113 Zelfmoordpreventie helpt dag en nacht.',
      'Kijk op 113.nl.',
      'Artikel 112 van de wet, art. 113 ook.',
      'Sinds 01-07-2016 geldt tien jaar.',
      'Het kost € 112,50 of 1120 euro; postcode 1012 AB.',
      'Kenmerk 0123456 en jaar 2024.',
      'https://example.org/0900-0101/',
    ]) {
      expect(numbers(text), text).toEqual([])
    }
  })

  it('gives back the whole text in its pieces', () => {
    const text = 'Bel 112. Daarna 0900-0101 (ma-vr).'
    expect(
      phoneParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text)
    expect(phoneParts('')).toEqual([{ text: '' }])
  })
})

describe('rendered rich text', () => {
  it('links phone numbers in text, not inside links or code', () => {
    const { html } = renderMarkdown('Bel **0900-0101** of 112.\n\nZie [0800-0188](https://www.centrumseksueelgeweld.nl/) en `0900-8844`.')
    expect(html).toContain('<strong><a href="tel:09000101">0900-0101</a></strong>')
    expect(html).toContain('<a href="tel:112">112</a>.')
    expect(html).not.toContain('tel:08000188')
    expect(html).toContain('<code>0900-8844</code>')
  })

  it('keeps the plain text the same', () => {
    expect(renderMarkdown('Bel 0900-0101.').text).toBe('Bel 0900-0101.')
  })
})
