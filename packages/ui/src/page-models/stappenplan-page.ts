import { PHASE_LABELS, PHASES, SECTOR_LABELS, type Stappenplan } from '@vsp/content-models'
import { lastChecked, LAST_CHECKED_LABEL } from '../content/last-checked'
import type { ProfessionalUrls } from '../content/urls'
import { richContent, type PageSearch } from './page-document'

export const PRINT_PLAN_LABEL = 'Print dit stappenplan'

/** A stappenplan page: its phases in the fixed order, each with its steps, and its search text. */
export function stappenplanPage(plan: Stappenplan, urls: ProfessionalUrls) {
  const url = urls.stappenplan(plan)
  const phases = [...plan.phases]
    .sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase))
    .map((phase) => ({ ...phase, label: PHASE_LABELS[phase.phase] }))
  const sectors = plan.sectors?.length ? plan.sectors.map((s) => SECTOR_LABELS[s]).join(', ') : undefined
  const intro = richContent(plan.intro, { headingOffset: 1 })
  const checked = lastChecked(plan.review)
  const search: PageSearch = {
    url,
    title: plan.title,
    kind: 'stappenplan',
    text: [
      'Stappenplan',
      plan.summary,
      `Situatie: ${plan.situation}`,
      sectors && `Sectoren: ${sectors}`,
      intro.text,
      ...phases.flatMap((p) => [p.label, p.intro, ...p.steps.flatMap((s) => [s.title, s.action, `Wie: ${s.who}`])]),
      checked && `${LAST_CHECKED_LABEL} ${checked.date}`,
      PRINT_PLAN_LABEL,
    ],
    headings: [...intro.headings, ...phases.flatMap((p) => [p.label, ...p.steps.map((s) => s.title)])],
  }
  return {
    url,
    title: plan.title,
    description: plan.summary ?? plan.situation,
    crumbs: [
      { label: 'Home', href: '/' },
      { label: 'Stappenplannen', href: urls.stappenplannen },
      { label: plan.title, href: url },
    ],
    kind: 'stappenplan' as const,
    eyebrow: 'Stappenplan',
    lead: plan.summary,
    sectors,
    phases,
    search,
  }
}
export type StappenplanPage = ReturnType<typeof stappenplanPage>
