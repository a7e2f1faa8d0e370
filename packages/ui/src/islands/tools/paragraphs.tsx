import { PhoneText } from '../PhoneText'

/** Plain advice text from the CMS: blank lines separate paragraphs; phone numbers are tel: links. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, i) => (
          <p key={i}>
            <PhoneText text={part} />
          </p>
        ))}
    </>
  )
}

export function LinkList({ links }: { links: { label: string; href: string }[] }) {
  if (links.length === 0) return null
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.href + link.label}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  )
}
