/**
 * Build time: what a tool island needs, and nothing more. The tool's CMS form becomes the
 * engine's definition (organisation ids → slugs), the organisations it names come with ready
 * contact links, and an invalid definition stops the build with the engine's Dutch messages.
 */
import {
  CONTACT_KIND_LABELS,
  DELICT_LABELS,
  type ContactKind,
  type Delict,
  type Snapshot,
  type Tool,
  type ToolDefinition,
} from '@vsp/content-models'
import { definitionFromForm, engineOf, validateDefinition } from '@vsp/tool-engine'
import type { SiteName } from './selectors'

export interface ToolContact {
  kind: ContactKind
  kindLabel: string
  label: string
  href: string
  hours?: string | null
}

export interface ToolOrganisation {
  title: string
  helpsWith: string
  contacts: ToolContact[]
  /** An emergency line (112, 113): shown first and prominent. */
  urgent: boolean
}

export interface ToolIslandProps {
  slug: string
  site: SiteName
  title: string
  definition: ToolDefinition
  /** The organisations the outcomes name, by slug. */
  organisations: Record<string, ToolOrganisation>
  /** Checklists on this site by delict, for outcomes about a delict. */
  checklists: Record<string, { title: string; href: string }>
  /** Base URL of the island API (`…/api/island`). */
  apiBase: string
}

const EMERGENCY_NUMBERS = new Set(['112', '113'])
const digits = (value: string) => value.replace(/[^\d+]/g, '')

/** The link for one contact of an organisation: tel:, mailto:, WhatsApp or the web address. */
export function contactHref(kind: ContactKind, value: string): string {
  if (kind === 'phone') return `tel:${digits(value)}`
  if (kind === 'email') return `mailto:${value}`
  if (kind === 'whatsapp') return `https://wa.me/${value.replace(/\D/g, '')}`
  return value
}

export function toolIslandProps(
  tool: Tool,
  snapshot: Pick<Snapshot, 'organisations' | 'checklists'>,
  options: { site: SiteName; apiBase: string; checklistUrl: (slug: string) => string },
): ToolIslandProps {
  const bySlug = new Map(snapshot.organisations.map((org) => [org.slug, org]))
  const slugById = new Map(snapshot.organisations.map((org) => [String(org.id), org.slug]))
  const definition = definitionFromForm(tool.kind, tool.definition, (ref) => slugById.get(String(typeof ref === 'object' ? ref.id : ref)))
  const problems = validateDefinition(definition, { knownOrganisations: [...bySlug.keys()] })
  if (problems.length > 0) {
    throw new Error(`Tool "${tool.slug}" (${options.site}) is ongeldig:\n${problems.map((p) => `- ${p.message}`).join('\n')}`)
  }
  const valid = definition as ToolDefinition
  const organisations: Record<string, ToolOrganisation> = {}
  // The organisations the definition names (a tree's outcomes, a plan's contacts), once each.
  for (const slug of new Set(engineOf(valid).organisations(valid))) {
    const org = bySlug.get(slug)
    if (!org) continue
    organisations[slug] = {
      title: org.title,
      helpsWith: org.helpsWith,
      urgent: org.contacts.some((c) => c.kind === 'phone' && EMERGENCY_NUMBERS.has(digits(c.value))),
      contacts: org.contacts.map((c) => ({
        kind: c.kind,
        kindLabel: CONTACT_KIND_LABELS[c.kind],
        label: c.label,
        href: contactHref(c.kind, c.value),
        hours: c.hours ?? null,
      })),
    }
  }
  const checklists: ToolIslandProps['checklists'] = {}
  for (const checklist of snapshot.checklists) {
    checklists[checklist.delict] ??= {
      title: DELICT_LABELS[checklist.delict as Delict] ?? checklist.title,
      href: options.checklistUrl(checklist.slug),
    }
  }
  return {
    slug: tool.slug,
    site: options.site,
    title: tool.title,
    definition: valid,
    organisations,
    checklists,
    apiBase: options.apiBase.replace(/\/+$/, ''),
  }
}
