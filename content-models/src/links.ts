import type { ContactKind } from './constants'

/**
 * Link addresses that editors type in. Only these schemes may become an `href`: a
 * `javascript:` or `data:` address in a contact field would run a script on the site, in the
 * browser of whoever clicks it, staff included (CWE-79).
 */
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:']
const WEB_SCHEMES = ['http:', 'https:']

const schemeOf = (value: string): string | undefined => {
  try {
    return new URL(value).protocol
  } catch {
    return undefined
  }
}

/** A site path (`/captions/x.vtt`, not `//host`) or an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  const trimmed = value.trim()
  if (/^\/(?![/\\])/.test(trimmed)) return true
  return WEB_SCHEMES.includes(schemeOf(trimmed) ?? '')
}

/** The value if it may be an `href`, otherwise undefined (render it as text). */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed
  return SAFE_SCHEMES.includes(schemeOf(trimmed) ?? '') ? trimmed : undefined
}

/** The `href` of one way to reach an organisation, or undefined when the value is not safe. */
export function contactHref(kind: ContactKind, value: string): string | undefined {
  if (kind === 'phone') return `tel:${value.replace(/[^\d+]/g, '')}`
  if (kind === 'email') return safeHref(`mailto:${value.trim()}`)
  if (kind === 'whatsapp') return `https://wa.me/${value.replace(/\D/g, '')}`
  return isWebAddress(value) ? safeHref(value) : undefined
}
