import type { Element, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/**
 * After sanitising, a link whose unsafe href was removed is an `<a>` without href: not a link,
 * but styled like one. Keep its text, drop the element.
 */
export function rehypeUnwrapDeadLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || node.properties.href !== undefined || !parent || index === undefined) return
      // Footnote back-references and anchors with an id stay: something points at them.
      if (node.properties.id !== undefined) return
      parent.children.splice(index, 1, ...node.children)
      return [SKIP, index]
    })
  }
}
