import type { TreeOutcomeNode } from '@vsp/content-models'
import type { Ref } from 'react'
import type { ToolIslandProps, ToolOrganisation } from '../../content/tool-props'
import { LinkList, Paragraphs } from './paragraphs'

interface Props {
  outcome: TreeOutcomeNode
  organisations: ToolIslandProps['organisations']
  checklists: ToolIslandProps['checklists']
  headingRef: Ref<HTMLHeadingElement>
}

/** One organisation with why it helps and how to reach it. */
function OrganisationCard({ organisation, why }: { organisation: ToolOrganisation; why: string }) {
  return (
    <li className={`card tool-organisation${organisation.urgent ? ' tool-organisation--urgent' : ''}`}>
      <h3>{organisation.title}</h3>
      <p>
        <strong>Waarom: </strong>
        {why}
      </p>
      <ul className="link-list">
        {organisation.contacts.map((contact) => (
          <li key={contact.href + contact.label}>
            {contact.kindLabel}: <a href={contact.href}>{contact.label}</a>
            {contact.hours ? <span className="muted"> ({contact.hours})</span> : null}
          </li>
        ))}
      </ul>
    </li>
  )
}

type Named = { entry: { organisation: string; why: string }; organisation: ToolOrganisation }

/** The organisations a result names, with their contacts, in the editor's order (most fitting first). */
export function namedOrganisations(entries: Named['entry'][], organisations: ToolIslandProps['organisations']): Named[] {
  return entries
    .map((entry) => ({ entry, organisation: organisations[entry.organisation] }))
    .filter((item): item is Named => Boolean(item.organisation))
}

/** "Hier kunt u terecht" with a card per organisation (a tree's outcome, a plan's contacts). */
export function OrganisationCards({ named }: { named: Named[] }) {
  if (named.length === 0) return null
  return (
    <>
      <h3 className="tool-subheading">Hier kunt u terecht</h3>
      <ul className="card-list tool-organisations">
        {named.map(({ entry, organisation }) => (
          <OrganisationCard key={entry.organisation} organisation={organisation} why={entry.why} />
        ))}
      </ul>
    </>
  )
}

/** A referral outcome: urgent lines first and prominent, then who helps, why, and how to reach them. */
export function TreeResultView({ outcome, organisations, checklists, headingRef }: Props) {
  const named = namedOrganisations(outcome.organisations, organisations)
    // Emergency lines first, otherwise the editor's order (most fitting first).
    .sort((a, b) => Number(b.organisation.urgent) - Number(a.organisation.urgent))
  const urgentPhone = outcome.urgent
    ? named.flatMap(({ organisation }) => organisation.contacts.filter((c) => c.kind === 'phone'))[0]
    : undefined
  const links = [
    ...(outcome.delicts ?? []).flatMap((delict) =>
      checklists[delict] ? [{ label: `Checklist: ${checklists[delict].title}`, href: checklists[delict].href }] : [],
    ),
    ...(outcome.links ?? []),
  ]
  return (
    <section className={`tool-result${outcome.urgent ? ' tool-result--urgent' : ''}`} aria-labelledby="tool-uitkomst">
      {outcome.urgent ? <p className="tool-urgent-label">Direct doen</p> : null}
      <h2 id="tool-uitkomst" ref={headingRef} tabIndex={-1}>
        {outcome.title}
      </h2>
      {urgentPhone ? (
        <p>
          <a className="button tool-call" href={urgentPhone.href} data-tool-urgent-call>
            {urgentPhone.label}
          </a>
        </p>
      ) : null}
      <Paragraphs text={outcome.advice} />
      <OrganisationCards named={named} />
      {links.length > 0 ? (
        <>
          <h3 className="tool-subheading">Lees verder</h3>
          <LinkList links={links} />
        </>
      ) : null}
    </section>
  )
}
