/** All seeded tools: valid, on the right site, and every internal link leads to a seeded page. */
import { describe, expect, it } from 'vitest'
import { validateDefinition } from '@vsp/tool-engine'
import type { DefinitionOf, SiteName, ToolDefinition, ToolKind } from '@vsp/content-models'
import { checklists, helperThemes } from '../helpers'
import { organisations, professionalThemes, stappenplannen } from '../professionals'
import { tools } from './index'

const knownOrganisations = organisations.map((organisation) => organisation.slug)

/** The page paths the sites build (see packages/ui/src/content/urls.ts). */
const sitePaths = {
  helpers: new Set([
    '/contact/',
    ...helperThemes.map((t) => `/${t.section}/${t.slug}/`),
    ...checklists.map((c) => `/checklists/${c.slug}/`),
  ]),
  professionals: new Set([
    ...professionalThemes.map((t) =>
      t.section === 'situatie' ? `/situaties/${t.slug}/` : t.section === 'sector' ? `/sectoren/${t.slug}/` : `/${t.slug}/`,
    ),
    ...stappenplannen.map((p) => `/stappenplannen/${p.slug}/`),
  ]),
}

/** The internal links a result can show, per kind; null for a kind whose results have none. */
const LINKS: { [K in ToolKind]: ((definition: DefinitionOf<K>) => string[]) | null } = {
  scored: (definition) => definition.dimensions.flatMap((d) => d.bands.flatMap((b) => (b.links ?? []).map((l) => l.href))),
  'decision-tree': (definition) =>
    definition.nodes.flatMap((node) => (node.kind === 'outcome' ? (node.links ?? []).map((l) => l.href) : [])),
  plan: null,
}
const links = (definition: ToolDefinition): string[] | null =>
  (LINKS[definition.kind] as ((d: ToolDefinition) => string[]) | null)?.(definition) ?? null

describe('seeded tools', () => {
  it('are the six tools of the whitepaper, each on its site', () => {
    expect(tools.map((tool) => [tool.site, tool.slug, tool.kind])).toEqual([
      ['helpers', 'zelfscan-tijdsbesteding', 'scored'],
      ['helpers', 'test-oordeelloos-luisteren', 'scored'],
      ['helpers', 'doorverwijstool', 'decision-tree'],
      ['helpers', 'start-een-steungroep', 'plan'],
      ['professionals', 'quickscan-grensoverschrijdend-gedrag', 'scored'],
      ['professionals', 'doorverwijstool', 'decision-tree'],
    ])
    for (const tool of tools) expect(tool.definition.kind).toBe(tool.kind)
  })

  it.each(tools.map((tool) => [`${tool.site}/${tool.slug}`, tool] as const))('%s validates with zero problems', (_name, tool) => {
    expect(validateDefinition(tool.definition, { knownOrganisations })).toEqual([])
  })

  const withLinks = tools.filter((tool) => links(tool.definition) !== null)
  it.each(withLinks.map((tool) => [`${tool.site}/${tool.slug}`, tool] as const))(
    '%s links only to pages its site builds',
    (_name, tool) => {
      const paths = sitePaths[tool.site as SiteName]
      const broken = (links(tool.definition) ?? []).filter((href) => !paths.has(href))
      expect(broken).toEqual([])
      expect(links(tool.definition)?.length).toBeGreaterThan(0)
    },
  )
})
