import type { Nodes } from 'mdast'
import type { RichText } from '@vsp/content-models'
import { lexicalToMdast } from './lexical-to-mdast'

/** Containers whose children are blocks; each child goes on its own line. */
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'footnoteDefinition'])

/** mdast to plain text for search and snippets: one line per block, inline text run together. */
export function mdastToPlainText(tree: Nodes): string {
  // NFC, so that search finds "suïcide" however the editor's keyboard composed the "ï".
  return collect(tree)
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

function collect(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value
    case 'break':
      return '\n'
    case 'tableCell':
      return `${node.children.map(collect).join('')} `
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'footnoteReference':
    case 'yaml':
      return ''
    default: {
      if (!('children' in node)) return ''
      const parts = (node.children as Nodes[]).map(collect)
      return BLOCK_CONTAINERS.has(node.type) ? parts.join('\n') : parts.join('')
    }
  }
}

/** Lexical rich text to plain text. */
export function plainText(value: RichText | null | undefined): string {
  return mdastToPlainText(lexicalToMdast(value))
}
