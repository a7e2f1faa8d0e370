import type { BlockContent, Link, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import type { RichText } from '@vsp/content-models'
import { TEXT_FORMAT } from './lexical-nodes'

/** Turns an internal link (a CMS document) into a path; without it such links render as text. */
export type ResolveInternalLink = (doc: { relationTo: string; value: unknown }) => string | null | undefined

export interface LexicalToMdastOptions {
  resolveInternalLink?: ResolveInternalLink
}

/** What we read from a node: the stored JSON is data from outside, so every field is checked. */
type LooseNode = Record<string, unknown>

function isNode(value: unknown): value is LooseNode {
  return typeof value === 'object' && value !== null && typeof (value as LooseNode).type === 'string'
}

function childrenOf(node: LooseNode): LooseNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

/**
 * Lexical editor JSON to mdast, so that rendering, sanitising and plain text share the unified
 * pipeline with markdown. Node types it does not know (blocks, uploads, relationships, tables)
 * are skipped: a page never breaks on something an editor added.
 */
export function lexicalToMdast(value: RichText | null | undefined, options: LexicalToMdastOptions = {}): Root {
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (!isNode(root)) return { type: 'root', children: [] }
  return { type: 'root', children: convertBlocks(childrenOf(root), options) }
}

function convertBlocks(nodes: LooseNode[], options: LexicalToMdastOptions): RootContent[] {
  return nodes.flatMap((node) => convertBlock(node, options))
}

function convertBlock(node: LooseNode, options: LexicalToMdastOptions): RootContent[] {
  switch (node.type) {
    case 'paragraph': {
      const children = convertInlines(childrenOf(node), options)
      return hasContent(children) ? [{ type: 'paragraph', children }] : []
    }
    case 'heading': {
      const depth = headingDepth(node.tag)
      const children = convertInlines(childrenOf(node), options)
      return hasContent(children) ? [{ type: 'heading', depth, children }] : []
    }
    case 'quote': {
      const children = convertInlines(childrenOf(node), options)
      return hasContent(children) ? [{ type: 'blockquote', children: [{ type: 'paragraph', children }] }] : []
    }
    case 'list':
      return [convertList(node, options)]
    case 'horizontalrule':
      return [{ type: 'thematicBreak' }]
    default:
      return []
  }
}

function headingDepth(tag: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const depth = typeof tag === 'string' ? Number(tag.replace(/^h/, '')) : 2
  return (Number.isInteger(depth) && depth >= 1 && depth <= 6 ? depth : 2) as 1 | 2 | 3 | 4 | 5 | 6
}

/** A paragraph holding only line breaks or whitespace is an editor's empty line, not content. */
function hasContent(children: PhrasingContent[]): boolean {
  return children.some((child) => child.type !== 'break' && !(child.type === 'text' && !child.value.trim()))
}

/**
 * Lexical nests a list inside a list item of its own that follows the item it belongs to;
 * mdast puts the nested list inside that item.
 */
function convertList(node: LooseNode, options: LexicalToMdastOptions): List {
  const ordered = node.listType === 'number' || node.tag === 'ol'
  const isCheck = node.listType === 'check'
  const items: ListItem[] = []
  for (const child of childrenOf(node)) {
    if (child.type !== 'listitem') continue
    const content = childrenOf(child)
    const nestedLists = content.filter((c) => c.type === 'list')
    const inline = convertInlines(
      content.filter((c) => c.type !== 'list'),
      options,
    )
    const nested: BlockContent[] = nestedLists.map((list) => convertList(list, options))
    const previous = items[items.length - 1]
    if (inline.length === 0 && nested.length > 0 && previous) {
      previous.children.push(...nested)
      continue
    }
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      children: [...(inline.length > 0 ? [{ type: 'paragraph' as const, children: inline }] : []), ...nested],
    }
    if (isCheck) item.checked = child.checked === true
    items.push(item)
  }
  const list: List = { type: 'list', ordered, spread: false, children: items }
  if (ordered) list.start = typeof node.start === 'number' ? node.start : 1
  return list
}

function convertInlines(nodes: LooseNode[], options: LexicalToMdastOptions): PhrasingContent[] {
  return nodes.flatMap((node) => convertInline(node, options))
}

function convertInline(node: LooseNode, options: LexicalToMdastOptions): PhrasingContent[] {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' && node.text ? [formatText(node.text, node.format)] : []
    case 'tab':
      return [{ type: 'text', value: '\t' }]
    case 'linebreak':
      return [{ type: 'break' }]
    case 'link':
    case 'autolink':
      return convertLink(node, options)
    default:
      return []
  }
}

/**
 * Format bits become nested mdast marks. Underline is dropped on purpose: on the web an
 * underline means "link", and readers would try to click it.
 */
function formatText(text: string, format: unknown): PhrasingContent {
  const bits = typeof format === 'number' ? format : 0
  let node: PhrasingContent = bits & TEXT_FORMAT.code ? { type: 'inlineCode', value: text } : { type: 'text', value: text }
  if (bits & TEXT_FORMAT.subscript) node = { type: 'emphasis', data: { hName: 'sub' }, children: [node] }
  if (bits & TEXT_FORMAT.superscript) node = { type: 'emphasis', data: { hName: 'sup' }, children: [node] }
  if (bits & TEXT_FORMAT.strikethrough) node = { type: 'delete', children: [node] }
  if (bits & TEXT_FORMAT.italic) node = { type: 'emphasis', children: [node] }
  if (bits & TEXT_FORMAT.bold) node = { type: 'strong', children: [node] }
  return node
}

function convertLink(node: LooseNode, options: LexicalToMdastOptions): PhrasingContent[] {
  const children = convertInlines(childrenOf(node), options)
  const fields = (typeof node.fields === 'object' && node.fields !== null ? node.fields : {}) as LooseNode
  const url = linkUrl(fields, options)
  if (!url) return children
  const link: Link = { type: 'link', url, children }
  if (fields.newTab === true) link.data = { hProperties: { target: '_blank' } }
  return [link]
}

function linkUrl(fields: LooseNode, options: LexicalToMdastOptions): string | null {
  if (fields.linkType === 'internal') {
    const doc = fields.doc as { relationTo?: unknown; value?: unknown } | null | undefined
    if (!doc || typeof doc.relationTo !== 'string' || !options.resolveInternalLink) return null
    return options.resolveInternalLink({ relationTo: doc.relationTo, value: doc.value }) || null
  }
  return typeof fields.url === 'string' && fields.url.trim() ? fields.url.trim() : null
}
