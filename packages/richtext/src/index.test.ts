import { expect, it } from 'vitest'
import * as api from './index'

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'EXTERNAL_LINK_CLASS',
    'TEXT_FORMAT',
    'TOC_MIN_HEADINGS',
    'TOC_MIN_WORDS',
    'VISUALLY_HIDDEN_CLASS',
    'countWords',
    'isExternalHref',
    'lexicalToMdast',
    'markdownToLexical',
    'mdastToLexical',
    'phoneParts',
    'plainText',
    'renderMarkdown',
    'renderRichText',
    'shouldShowToc',
    'slugify',
    'telHref',
  ])
  for (const name of ['markdownToLexical', 'lexicalToMdast', 'renderRichText', 'renderMarkdown', 'shouldShowToc', 'plainText'] as const) {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the test walks the public API by name
    expect(typeof api[name]).toBe('function')
  }
})
