/** Every kind of content-models' `TOOL_KINDS` has a view entry whose result view renders that kind's result. */
import { TOOL_KINDS, type ToolKind } from '@vsp/content-models'
import type { SessionResult } from '@vsp/tool-engine'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { ToolIslandProps } from '../../content/tool-props'
import { ResultView, TOOL_KIND_VIEWS } from './tool-kind-views'

const organisation = {
  title: 'Slachtofferhulp Nederland',
  helpsWith: 'Advies',
  urgent: false,
  contacts: [{ kind: 'phone' as const, kindLabel: 'Telefoon', label: 'Bel 0900-0101', href: 'tel:09000101' }],
}
const tool = {
  slug: 't',
  site: 'helpers',
  title: 'Start een steungroep',
  organisations: { shn: organisation },
  checklists: {},
  apiBase: '',
} as unknown as ToolIslandProps

/** A result per kind and a text its view must show; typed by kind, so a new kind needs one here too. */
const EXAMPLES: Record<ToolKind, [SessionResult, RegExp]> = {
  scored: [{ kind: 'scored', result: { complete: true, dimensions: [], attentionPoints: [] } } as unknown as SessionResult, /Uw uitslag/],
  'decision-tree': [
    {
      kind: 'decision-tree',
      outcome: {
        kind: 'outcome',
        key: 'steun',
        title: 'Zoek steun',
        advice: 'Bel.',
        organisations: [{ organisation: 'shn', why: 'Voor helpers.' }],
      },
    },
    /Zoek steun[\s\S]*tel:09000101/,
  ],
  plan: [
    {
      kind: 'plan',
      plan: {
        sections: [{ key: 'taken', title: 'Wie doet wat', intro: null, items: ['Iemand doet de boodschappen.'], writeIn: 3 }],
        organisations: [{ organisation: 'shn', why: 'Voor advies.' }],
      },
    },
    /Uw plan[\s\S]*<h3 id="plan-taken">Wie doet wat<\/h3>[\s\S]*<li>Iemand doet de boodschappen.<\/li>[\s\S]*(tool-plan__line[\s\S]*){3}tel:09000101/,
  ],
}

describe('tool kind views', () => {
  it('has an entry for exactly the kinds of content-models', () => {
    expect(Object.keys(TOOL_KIND_VIEWS).sort()).toEqual([...TOOL_KINDS].sort())
  })

  it.each([...TOOL_KINDS])('%s: its result view shows its result, heading first for focus', (kind) => {
    const [result, shows] = EXAMPLES[kind]
    expect(result.kind).toBe(kind)
    expect(typeof TOOL_KIND_VIEWS[kind].countsSteps).toBe('boolean')
    const html = renderToStaticMarkup(createElement(ResultView, { result, tool, headingRef: null }))
    expect(html).toMatch(shows)
    expect(html).toMatch(/<h2 id="tool-(uitslag|uitkomst|plan)" tabindex="-1">/)
  })

  it('keeps the editor’s order of a plan’s contacts, but puts an emergency line first in a referral outcome', () => {
    const urgent = {
      ...organisation,
      title: '113 Zelfmoordpreventie',
      urgent: true,
      contacts: [{ ...organisation.contacts[0], label: 'Bel 113', href: 'tel:113' }],
    }
    const both = { ...tool, organisations: { shn: organisation, '113': urgent } }
    const entries = [
      { organisation: 'shn', why: 'Advies.' },
      { organisation: '113', why: 'Dag en nacht.' },
    ]
    const titles = (result: SessionResult) =>
      [
        ...renderToStaticMarkup(createElement(ResultView, { result, tool: both, headingRef: null })).matchAll(
          /<li class="card tool-organisation[^"]*"><h3>([^<]+)<\/h3>/g,
        ),
      ].map((m) => m[1])
    expect(titles({ kind: 'plan', plan: { sections: [], organisations: entries } })).toEqual([
      'Slachtofferhulp Nederland',
      '113 Zelfmoordpreventie',
    ])
    expect(
      titles({ kind: 'decision-tree', outcome: { kind: 'outcome', key: 'x', title: 'X', advice: 'Y.', organisations: entries } }),
    ).toEqual(['113 Zelfmoordpreventie', 'Slachtofferhulp Nederland'])
  })
})
