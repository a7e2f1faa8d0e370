import type { Element, Root } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import { createSlugger } from './slug'
import { TOC_SOURCE_DEPTHS, type TocEntry } from './toc'

export interface HeadingIdsOptions {
  /** Filled with the h2/h3 of the content, in order. */
  toc: TocEntry[]
  /** How far headings were shifted down, so the toc still picks the content's own h2/h3. */
  headingOffset: number
}

const HEADING = /^h([1-6])$/

/** Gives every heading a stable id and collects the table of contents. */
export function rehypeHeadingIds({ toc, headingOffset }: HeadingIdsOptions) {
  return (tree: Root) => {
    const taken: string[] = []
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') taken.push(node.properties.id)
    })
    const nextId = createSlugger(taken)
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName)
      // Headings that already have an id were made by the pipeline itself (footnote label).
      if (!match || node.properties.id !== undefined) return
      const text = hastToString(node).normalize('NFC').replace(/\s+/g, ' ').trim()
      const id = nextId(text)
      node.properties.id = id
      const depth = Number(match[1])
      if ((TOC_SOURCE_DEPTHS as readonly number[]).includes(depth - headingOffset) && text) {
        toc.push({ id, text, depth })
      }
    })
  }
}
