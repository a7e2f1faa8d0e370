import type { ElementContent, Root, RootContent } from 'hast'

/** A piece of text, and the tel: address when the piece is a phone number. */
export interface TextPart {
  text: string
  tel?: string
}

// A Dutch number written with single spaces or hyphens between digits ("0900-0101",
// "088 786 73 72"), or the short lines 112 and 113. Not inside a word, amount, URL or article
// number ("113.nl", "€ 112", "artikel 112"), and not the name "113 Zelfmoordpreventie".
const PHONE = /(?<![\w.,€/-])(?<!art(?:ikel|\.) )(0\d(?:[ -]?\d){6,10}|11[23](?! Zelfmoordpreventie))(?![\w/-]|[.,]\d|\.[a-z])/gi

/** Free and shared-cost lines have 8 or 11 digits (0800-1234, 0900-1234567); the rest 10. */
function isDutchNumber(digits: string): boolean {
  if (digits === '112' || digits === '113') return true
  if (/^0(?:800|900|906|909)/.test(digits)) return digits.length === 8 || digits.length === 11
  return digits.length === 10
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

/** Splits text into plain pieces and phone numbers, in order; joined, the pieces are the text. */
export function phoneParts(text: string): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const match of text.matchAll(PHONE)) {
    const number = match[0]
    if (!isDutchNumber(number.replace(/\D/g, ''))) continue
    if (match.index > at) parts.push({ text: text.slice(at, match.index) })
    parts.push({ text: number, tel: telHref(number) })
    at = match.index + number.length
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) })
  return parts
}

function linkify(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text') {
      return phoneParts(child.value).map((part) =>
        part.tel
          ? { type: 'element', tagName: 'a', properties: { href: part.tel }, children: [{ type: 'text', value: part.text }] }
          : { type: 'text', value: part.text },
      )
    }
    if (child.type === 'element' && !['a', 'code', 'pre'].includes(child.tagName)) child.children = linkify(child.children)
    return [child]
  })
}

/** Phone numbers in text (outside links and code) become tel: links, so a tap on a phone calls. */
export function rehypePhoneLinks() {
  return (tree: Root) => {
    tree.children = linkify(tree.children as ElementContent[]) as RootContent[]
  }
}
