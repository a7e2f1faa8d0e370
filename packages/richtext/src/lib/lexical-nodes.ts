/**
 * The serialized Lexical nodes this pipeline reads and writes, in the exact shape that
 * Payload 3 (@payloadcms/richtext-lexical 3.90, lexical 0.50) exports them, so that seeded
 * content opens in the CMS editor like content an editor typed.
 */

/** Text format bit flags of a Lexical TextNode (lexical's TEXT_TYPE_TO_FORMAT). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
export type ListType = 'bullet' | 'number' | 'check'

export type SerializedText = {
  detail: number
  format: number
  mode: 'normal' | 'token' | 'segmented'
  style: string
  text: string
  type: 'text'
  version: 1
}

export type SerializedLineBreak = {
  type: 'linebreak'
  version: 1
}

export type SerializedTab = {
  detail: number
  format: number
  mode: 'normal'
  style: string
  text: '\t'
  type: 'tab'
  version: 1
}

export type SerializedHorizontalRule = {
  type: 'horizontalrule'
  version: 1
}

export type LinkFields = {
  linkType: 'custom' | 'internal'
  newTab: boolean
  url?: string
  doc?: { relationTo: string; value: unknown } | null
  [key: string]: unknown
}

/** Fields every Lexical ElementNode exports. */
export type SerializedElementBase = {
  children: SerializedNode[]
  direction: 'ltr' | 'rtl' | null
  format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'
  indent: number
  version: number
}

export type SerializedRoot = SerializedElementBase & {
  type: 'root'
}
export type SerializedParagraph = SerializedElementBase & {
  type: 'paragraph'
  textFormat: number
  textStyle: string
}
export type SerializedHeading = SerializedElementBase & {
  type: 'heading'
  tag: HeadingTag
}
export type SerializedQuote = SerializedElementBase & {
  type: 'quote'
}
export type SerializedList = SerializedElementBase & {
  type: 'list'
  listType: ListType
  start: number
  tag: 'ul' | 'ol'
}
export type SerializedListItem = SerializedElementBase & {
  type: 'listitem'
  value: number
  checked?: boolean
}
export type SerializedLink = SerializedElementBase & {
  type: 'link'
  fields: LinkFields
  id?: string
}
export type SerializedAutoLink = SerializedElementBase & {
  type: 'autolink'
  fields: LinkFields
}

export type SerializedNode =
  | SerializedText
  | SerializedLineBreak
  | SerializedTab
  | SerializedHorizontalRule
  | SerializedParagraph
  | SerializedHeading
  | SerializedQuote
  | SerializedList
  | SerializedListItem
  | SerializedLink
  | SerializedAutoLink

export type SerializedEditorState = {
  root: SerializedRoot
}
