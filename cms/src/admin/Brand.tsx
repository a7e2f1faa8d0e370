/**
 * The organisation's name and mark in the admin: `Logo` on the login page, `Icon` in the
 * navigation and header (Payload's `admin.components.graphics`). Server components: the mark
 * is read from the site's favicon file (brand-mark.ts).
 */
import { ORGANISATION_NAME } from '@vsp/content-models'
import { brandMarkDataUrl } from './brand-mark'

export function Logo() {
  const mark = brandMarkDataUrl()
  return (
    <span data-brand-logo style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      {/* biome-ignore lint/performance/noImgElement: the admin mark is a small inline SVG data URL */}
      {mark && <img src={mark} alt="" width={56} height={56} />}
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.2 }}>
        <strong style={{ fontSize: '1.5rem' }}>{ORGANISATION_NAME}</strong>
        <span>Redactie van de sites voor helpers en professionals</span>
      </span>
    </span>
  )
}

export function Icon() {
  const mark = brandMarkDataUrl()
  if (!mark) return <span data-brand-icon>{ORGANISATION_NAME}</span>
  // biome-ignore lint/performance/noImgElement: the admin mark is a small inline SVG data URL; next/image adds nothing
  return <img data-brand-icon src={mark} alt={ORGANISATION_NAME} width={28} height={28} />
}
