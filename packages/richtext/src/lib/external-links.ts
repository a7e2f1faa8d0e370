import type { Element, ElementContent, Root } from 'hast'
import { visit } from 'unist-util-visit'

export const EXTERNAL_LINK_CLASS = 'external-link'
/** Hidden on screen, read by screen readers; @vsp/ui styles it. */
export const VISUALLY_HIDDEN_CLASS = 'visually-hidden'

const HINTS = {
  external: 'externe link',
  newTab: 'opent in een nieuw tabblad',
}

export interface ExternalLinksOptions {
  /** The site's own origin, e.g. "https://www.voorhelpers.nl"; without it every http(s) link is external. */
  siteOrigin?: string
}

/** Whether a link leaves the site: an absolute http(s) URL on another host. */
export function isExternalHref(href: string, siteOrigin?: string): boolean {
  const trimmed = href.trim()
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed
  if (!/^https?:\/\//i.test(absolute)) return false
  let url: URL
  try {
    url = new URL(absolute)
  } catch {
    return false
  }
  if (!siteOrigin) return true
  try {
    return url.host !== new URL(siteOrigin).host
  } catch {
    return true
  }
}

/**
 * Marks links that leave the site: rel (no opener, no referrer: visitors' paths stay private), a
 * class for the icon, and a hidden hint so a screen reader says where the link goes.
 */
export function rehypeExternalLinks({ siteOrigin }: ExternalLinksOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return
      const external = isExternalHref(node.properties.href, siteOrigin)
      const newTab = node.properties.target === '_blank'
      if (!external && !newTab) return
      node.properties.rel = external ? ['noopener', 'noreferrer', 'external'] : ['noopener']
      if (external) node.properties.className = [EXTERNAL_LINK_CLASS]
      const hints = [external && HINTS.external, newTab && HINTS.newTab].filter(Boolean).join(', ')
      node.children.push(hiddenText(` (${hints})`))
    })
  }
}

function hiddenText(text: string): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [VISUALLY_HIDDEN_CLASS] },
    children: [{ type: 'text', value: text }],
  }
}
