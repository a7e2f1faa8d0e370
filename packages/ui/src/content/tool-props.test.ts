import type { Organisation, Tool } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import { contactHref, toolIslandProps } from './tool-props'

const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }
const org = (id: number, slug: string, phone: string): Organisation => ({
  id,
  ...stamp,
  slug,
  title: slug.toUpperCase(),
  site: 'both',
  helpsWith: `Helpt: ${slug}`,
  contacts: [
    { kind: 'phone', label: `Bel ${phone}`, value: phone },
    { kind: 'chat', label: 'Chat', value: 'https://chat.example/', hours: '24/7' },
  ],
})
const organisations = [org(7, 'alarmnummer-112', '112'), org(8, 'slachtofferhulp', '0900-0101'), org(9, 'ongebruikt', '0800-1')]

const tree = (organisation: number | string): Tool => ({
  id: 1,
  ...stamp,
  slug: 'doorverwijstool',
  title: 'Doorverwijstool',
  site: 'helpers',
  kind: 'decision-tree',
  definition: {
    start: 'gevaar',
    nodes: [
      {
        blockType: 'question',
        key: 'gevaar',
        text: 'Gevaar?',
        options: [
          { key: 'ja', label: 'Ja', next: 'bel-112' },
          { key: 'nee', label: 'Nee', next: 'steun' },
        ],
      },
      {
        blockType: 'outcome',
        key: 'bel-112',
        title: 'Bel 112',
        advice: 'Nu bellen.',
        urgent: true,
        organisations: [{ organisation: 7, why: 'Spoed' }],
      },
      {
        blockType: 'outcome',
        key: 'steun',
        title: 'Steun',
        advice: 'Praat.',
        delicts: ['fraude'],
        organisations: [{ organisation, why: 'Steun' }],
      },
    ],
    // The form type loses the block fields in inference (zod omit); the shape is checked at runtime.
  } as never,
})
const options = {
  site: 'helpers' as const,
  apiBase: 'https://cms.example/api/island/',
  checklistUrl: (slug: string) => `/checklists/${slug}/`,
}
const checklists = [{ slug: 'fraude', delict: 'fraude', title: 'Checklist bij fraude' }] as never

describe('toolIslandProps', () => {
  it('turns organisation ids into slugs and carries only the organisations named, with links', () => {
    const props = toolIslandProps(tree(8), { organisations, checklists }, options)
    expect(props.definition.kind).toBe('decision-tree')
    const outcome = props.definition.kind === 'decision-tree' ? props.definition.nodes.find((n) => n.key === 'steun') : undefined
    expect(outcome && 'organisations' in outcome ? outcome.organisations[0]?.organisation : null).toBe('slachtofferhulp')
    expect(Object.keys(props.organisations).sort()).toEqual(['alarmnummer-112', 'slachtofferhulp'])
    expect(props.organisations['alarmnummer-112']?.urgent).toBe(true)
    expect(props.organisations.slachtofferhulp?.urgent).toBe(false)
    expect(props.organisations.slachtofferhulp?.contacts.map((c) => c.href)).toEqual(['tel:09000101', 'https://chat.example/'])
    expect(props.checklists.fraude).toEqual({ title: 'Fraude', href: '/checklists/fraude/' })
    expect(props.apiBase).toBe('https://cms.example/api/island')
  })

  it('stops the build with the engine message when an outcome names an unknown organisation', () => {
    expect(() => toolIslandProps(tree(99), { organisations, checklists: [] }, options)).toThrow(
      /doorverwijstool.*ongeldig[\s\S]*onbekend-99/,
    )
  })
})

describe('contactHref', () => {
  it.each([
    ['phone', '0900-0101', 'tel:09000101'],
    ['phone', '+31 (0)20 123', 'tel:+31020123'],
    ['email', 'a@b.nl', 'mailto:a@b.nl'],
    ['whatsapp', '06-12 34', 'https://wa.me/061234'],
    ['website', 'https://x.nl/', 'https://x.nl/'],
  ] as const)('%s %s → %s', (kind, value, href) => expect(contactHref(kind, value)).toBe(href))
})
