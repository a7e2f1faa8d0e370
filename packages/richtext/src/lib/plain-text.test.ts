import { describe, expect, it } from 'vitest'
import { markdownToLexical } from './markdown-to-lexical'
import { mdastToPlainText, plainText } from './plain-text'
import { parseMarkdown } from './parse-markdown'

describe('plainText', () => {
  it('reads Lexical content as lines of text', () => {
    const value = markdownToLexical('## Steun\n\nLuister en **vraag** door.  \nNieuwe regel.\n\n> Citaat\n\n1. een\n2. twee')
    expect(plainText(value)).toBe('Steun\nLuister en vraag door.\nNieuwe regel.\nCitaat\neen\ntwee')
  })

  it('is empty for empty values', () => {
    expect(plainText(null)).toBe('')
  })

  it('leaves out raw HTML, images and link targets from markdown', () => {
    expect(mdastToPlainText(parseMarkdown('Een <b>x</b> ![foto](a.png) [link](https://geheim.nl)\n\n<div>blok</div>'))).toBe('Een x link')
  })
})
