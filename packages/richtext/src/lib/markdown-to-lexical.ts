import type { Definition, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import type { RichText } from '@vsp/content-models'
import {
  headingNode,
  horizontalRuleNode,
  lineBreakNode,
  linkNode,
  listItemNode,
  listNode,
  paragraphNode,
  quoteNode,
  rootState,
  stableLinkId,
  textNode,
} from './lexical-factory'
import { TEXT_FORMAT, type HeadingTag, type SerializedListItem, type SerializedNode } from './lexical-nodes'
import { parseMarkdown } from './parse-markdown'

interface Context {
  definitions: Map<string, Definition>
  linkCount: number
}

/**
 * Markdown to Lexical editor JSON as Payload stores it. Used by the seed, so the CMS admin can
 * open and edit the content. Raw HTML and images are dropped (no upload to point at); code
 * blocks and tables become plain paragraphs, since the editor has no such nodes by default.
 */
export function markdownToLexical(markdown: string): RichText {
  return mdastToLexical(parseMarkdown(markdown))
}

export function mdastToLexical(tree: Root): RichText {
  const context: Context = { definitions: collectDefinitions(tree), linkCount: 0 }
  return rootState(tree.children.flatMap((node) => convertBlock(node, context)))
}

function collectDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node)
  }
  return definitions
}

/** Markdown has h1..h6; the editor is used with h2..h4 (h1 is the page title). */
function headingTag(depth: number): HeadingTag {
  return `h${Math.min(4, Math.max(2, depth))}` as HeadingTag
}

function convertBlock(node: RootContent, context: Context): SerializedNode[] {
  switch (node.type) {
    case 'paragraph': {
      const children = convertInlines(node.children, 0, context)
      return children.length > 0 ? [paragraphNode(children)] : []
    }
    case 'heading':
      return [headingNode(headingTag(node.depth), convertInlines(node.children, 0, context))]
    case 'thematicBreak':
      return [horizontalRuleNode()]
    case 'blockquote':
      return [quoteNode(flattenBlocks(node.children, context))]
    case 'list':
      return [convertList(node, 0, context)]
    case 'code': {
      const inline = flattenBlocks([node], context)
      return inline.length > 0 ? [paragraphNode(inline)] : []
    }
    case 'table':
      return node.children
        .map((row) => flattenBlocks([row], context))
        .filter((children) => children.length > 0)
        .map((children) => paragraphNode(children))
    default:
      // html (raw HTML is never carried over), definition, footnoteDefinition, yaml, image.
      return []
  }
}

/**
 * Lexical puts inline nodes straight into list items and nests a list in its own list item
 * after the item it belongs to; the value of that wrapper item is not counted.
 */
function convertList(list: Extract<RootContent, { type: 'list' }>, depth: number, context: Context): SerializedNode {
  const isCheck = list.children.some((item) => typeof item.checked === 'boolean')
  const listType = isCheck ? 'check' : list.ordered ? 'number' : 'bullet'
  const start = list.ordered ? (list.start ?? 1) : 1
  const items: SerializedListItem[] = []
  let value = start
  for (const item of list.children) {
    const checked = isCheck ? item.checked === true : undefined
    const { inline, nested } = splitListItem(item, context)
    items.push(listItemNode(inline, value, depth, checked))
    for (const child of nested) {
      items.push(listItemNode([convertList(child, depth + 1, context)], value + 1, depth))
    }
    value++
  }
  return listNode(listType, start, items)
}

function splitListItem(item: ListItem, context: Context) {
  const nested: Extract<RootContent, { type: 'list' }>[] = []
  const blocks: RootContent[] = []
  for (const child of item.children) {
    if (child.type === 'list') nested.push(child)
    else blocks.push(child)
  }
  return { inline: flattenBlocks(blocks, context), nested }
}

/** Blocks inside a quote or list item become inline nodes, separated by line breaks. */
function flattenBlocks(blocks: Nodes[], context: Context): SerializedNode[] {
  const out: SerializedNode[] = []
  for (const block of blocks) {
    const inline = blockToInline(block, context)
    if (inline.length === 0) continue
    if (out.length > 0) out.push(lineBreakNode())
    out.push(...inline)
  }
  return out
}

function blockToInline(block: Nodes, context: Context): SerializedNode[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return convertInlines(block.children, 0, context)
    case 'code':
      return block.value
        .split('\n')
        .flatMap((line, index) => [...(index > 0 ? [lineBreakNode()] : []), ...(line ? [textNode(line, TEXT_FORMAT.code)] : [])])
    case 'tableRow':
      return block.children.flatMap((cell, index) => [
        ...(index > 0 ? [textNode(' | ')] : []),
        ...convertInlines(cell.children, 0, context),
      ])
    case 'blockquote':
    case 'list':
    case 'listItem':
      return flattenBlocks(block.children, context)
    default:
      return []
  }
}

function convertInlines(nodes: PhrasingContent[], format: number, context: Context): SerializedNode[] {
  return mergeTexts(nodes.flatMap((node) => convertInline(node, format, context)))
}

function convertInline(node: PhrasingContent, format: number, context: Context): SerializedNode[] {
  switch (node.type) {
    case 'text': {
      // A soft line break in markdown is a space in the rendered text.
      const text = node.value.replace(/[ \t]*\n[ \t]*/g, ' ')
      return text ? [textNode(text, format)] : []
    }
    case 'inlineCode':
      return node.value ? [textNode(node.value, format | TEXT_FORMAT.code)] : []
    case 'strong':
      return convertInlines(node.children, format | TEXT_FORMAT.bold, context)
    case 'emphasis':
      return convertInlines(node.children, format | TEXT_FORMAT.italic, context)
    case 'delete':
      return convertInlines(node.children, format | TEXT_FORMAT.strikethrough, context)
    case 'break':
      return [lineBreakNode()]
    case 'link':
      return [makeLink(node.url, node.children, format, context)]
    case 'linkReference': {
      const definition = context.definitions.get(node.identifier.toLowerCase())
      if (definition) return [makeLink(definition.url, node.children, format, context)]
      return convertInlines(node.children, format, context)
    }
    default:
      // html, image, imageReference, footnoteReference: not carried into the editor.
      return []
  }
}

function makeLink(url: string, children: PhrasingContent[], format: number, context: Context): SerializedNode {
  const position = context.linkCount++
  const content = convertInlines(children, format, context)
  return linkNode(url, content.length > 0 ? content : [textNode(url, format)], stableLinkId(url, position))
}

/** Lexical normalises adjacent text nodes with equal format into one; do the same. */
function mergeTexts(nodes: SerializedNode[]): SerializedNode[] {
  const out: SerializedNode[] = []
  for (const node of nodes) {
    const previous = out[out.length - 1]
    if (node.type === 'text' && previous?.type === 'text' && previous.format === node.format) {
      out[out.length - 1] = { ...previous, text: previous.text + node.text }
    } else {
      out.push(node)
    }
  }
  return out
}
