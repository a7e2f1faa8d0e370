import { isWebAddress, safeHref } from '@vsp/content-models'

const WEB_KINDS = new Set(['website', 'chat'])

/** Refuses a link that is not http(s) or a site path: a javascript: address is an XSS (CWE-79). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const webAddress =
  (label: string) =>
  // biome-ignore lint/suspicious/noExplicitAny: Payload's validate signature differs per field type
  (value: any): true | string => {
    if (value === null || value === undefined || value === '') return true
    return isWebAddress(String(value)) || `Veld "${label}": vul een webadres in dat begint met https:// (of http://).`
  }

/** A contact's value: a web address when the kind is website or chat. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: Payload's validate signature differs per field type
export const contactValue = (value: any, { siblingData }: { siblingData?: { kind?: string } }): true | string => {
  if (typeof value !== 'string' || !value.trim()) return 'Vul het nummer of adres in (veld "Nummer of adres").'
  if (WEB_KINDS.has(siblingData?.kind ?? '') && !isWebAddress(value)) {
    return 'Veld "Nummer of adres": een website of chat moet een webadres zijn dat begint met https:// (of http://).'
  }
  return true
}

/** A link a visitor clicks: a site path, http(s), mailto: or tel: (content-models `safeHref`, CWE-79). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const safeLink =
  (label: string) =>
  // biome-ignore lint/suspicious/noExplicitAny: Payload's validate signature differs per field type
  (value: any): true | string => {
    if (typeof value !== 'string' || !value.trim()) return `Vul een link in (veld "${label}").`
    return (
      safeHref(value) !== undefined ||
      `Veld "${label}": vul een pagina van de site in (/checklists/) of een adres dat begint met https://, mailto: of tel:.`
    )
  }
