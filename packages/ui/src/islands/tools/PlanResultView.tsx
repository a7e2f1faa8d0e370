import type { AssembledPlan } from '@vsp/tool-engine'
import { useEffect, useState, type Ref } from 'react'
import type { ToolIslandProps } from '../../content/tool-props'
import '../../styles/tool-plan.css'
import { namedOrganisations, OrganisationCards } from './TreeResultView'

interface Props {
  title: string
  plan: AssembledPlan
  organisations: ToolIslandProps['organisations']
  headingRef: Ref<HTMLHeadingElement>
}

const today = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * The assembled plan: a section per heading with its lines to tick off, the organisations to call,
 * and on paper the date, the address it came from and empty lines to write names on by hand.
 */
export function PlanResultView({ title, plan, organisations, headingRef }: Props) {
  // The address is only known in the browser; the island renders nothing on the server anyway.
  const [address, setAddress] = useState('')
  useEffect(() => setAddress(`${location.origin}${location.pathname}`), [])
  // The editor's order: the Centrale Service Lijn first, not the emergency lines a tree puts first.
  const named = namedOrganisations(plan.organisations, organisations)
  return (
    <section className="tool-result tool-plan" aria-labelledby="tool-plan">
      <p className="print-only">
        {title}, {today()}
      </p>
      <h2 id="tool-plan" ref={headingRef} tabIndex={-1}>
        Uw plan
      </h2>
      <p className="no-print">Print dit plan of bewaar het als PDF. Bespreek het met het slachtoffer en met de mensen die meedoen.</p>
      {plan.sections.map((section) => (
        <section key={section.key} className="tool-plan__section" aria-labelledby={`plan-${section.key}`}>
          <h3 id={`plan-${section.key}`}>{section.title}</h3>
          {section.intro ? <p>{section.intro}</p> : null}
          <ul className="tool-plan__items">
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {section.writeIn > 0 ? (
            <div className="print-only tool-plan__write-in" aria-hidden="true">
              {Array.from({ length: section.writeIn }, (_, i) => (
                <span key={i} className="tool-plan__line" />
              ))}
            </div>
          ) : null}
        </section>
      ))}
      <OrganisationCards named={named} />
      {address ? (
        <p className="print-only tool-plan__source">
          Gemaakt met {title} op {address}
        </p>
      ) : null}
    </section>
  )
}
