import { describe, expect, it } from 'vitest'
import { createSlugger, slugify } from './slug'

describe('slugify', () => {
  it.each([
    ['Nazorg bij suïcide op school', 'nazorg-bij-suicide-op-school'],
    ['Een cliënt van mij is slachtoffer', 'een-client-van-mij-is-slachtoffer'],
    ['Wat nu? (stap 1 – 3)', 'wat-nu-stap-1-3'],
    ['  Ruimte  ', 'ruimte'],
    ['Æsop & Straße', 'aesop-strasse'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })
})

describe('createSlugger', () => {
  it('numbers repeats, avoids ids already taken, and never returns an empty id', () => {
    const next = createSlugger(['footnote-label'])
    expect([next('Vragen'), next('Vragen'), next('Footnote label'), next('???'), next('')]).toEqual([
      'vragen',
      'vragen-2',
      'footnote-label-2',
      'sectie',
      'sectie-2',
    ])
  })
})
