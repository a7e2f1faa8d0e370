import type {
  HeadingTag,
  ListType,
  SerializedEditorState,
  SerializedElementBase,
  SerializedHeading,
  SerializedHorizontalRule,
  SerializedLineBreak,
  SerializedLink,
  SerializedList,
  SerializedListItem,
  SerializedNode,
  SerializedParagraph,
  SerializedQuote,
  SerializedText,
} from './lexical-nodes'

// Builders that mirror each node's exportJSON(), field for field, so the editor loads them as is.

// Key order as exportJSON writes it, so seeded JSON reads like the editor's own.
function element<T extends string>(type: T, children: SerializedNode[], indent = 0, version = 1) {
  return { children, direction: 'ltr', format: '', indent, type, version } satisfies SerializedElementBase & {
    type: T
  }
}

export function textNode(text: string, format = 0): SerializedText {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 }
}

export function lineBreakNode(): SerializedLineBreak {
  return { type: 'linebreak', version: 1 }
}

export function horizontalRuleNode(): SerializedHorizontalRule {
  return { type: 'horizontalrule', version: 1 }
}

/** Lexical's ParagraphNode stores the format of its first text child as `textFormat`. */
export function paragraphNode(children: SerializedNode[]): SerializedParagraph {
  const firstText = children.find((child): child is SerializedText => child.type === 'text')
  return {
    ...element('paragraph', children),
    textFormat: firstText?.format ?? 0,
    textStyle: '',
  }
}

export function headingNode(tag: HeadingTag, children: SerializedNode[]): SerializedHeading {
  return { ...element('heading', children), tag }
}

export function quoteNode(children: SerializedNode[]): SerializedQuote {
  return element('quote', children)
}

export function listNode(listType: ListType, start: number, items: SerializedListItem[]): SerializedList {
  return { ...element('list', items), listType, start, tag: listType === 'number' ? 'ol' : 'ul' }
}

export function listItemNode(children: SerializedNode[], value: number, indent: number, checked?: boolean): SerializedListItem {
  const base = element('listitem', children, indent)
  // exportJSON writes `checked` (left out when undefined) before `value`.
  return checked === undefined ? { ...base, value } : { ...base, checked, value }
}

/** Payload's LinkNode exports version 3 with an ObjectID-like `id`. */
export function linkNode(url: string, children: SerializedNode[], id: string, newTab = false): SerializedLink {
  return {
    ...element('link', children, 0, 3),
    fields: { linkType: 'custom', newTab, url },
    id,
  }
}

export function rootState(children: SerializedNode[]): SerializedEditorState {
  return { root: element('root', children) }
}

/**
 * A stable 24-hex id (the shape of a bson ObjectID) for a link: seeds stay byte-for-byte
 * reproducible, unlike random ids. FNV-1a over the url and the link's position.
 */
export function stableLinkId(url: string, position: number): string {
  let out = ''
  for (let round = 0; round < 3; round++) {
    let hash = 0x811c9dc5 ^ round
    for (const char of `${position}:${url}`) {
      hash ^= char.codePointAt(0) ?? 0
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    out += hash.toString(16).padStart(8, '0')
  }
  return out
}
