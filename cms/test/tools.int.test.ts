import { describe, expect, it } from 'vitest'
import { api } from './support/api'

const tree = (nodes: unknown[], start = 'begin') => ({
  title: `Testboom ${Date.now()}`,
  site: 'helpers',
  kind: 'decision-tree',
  _status: 'published',
  definition: { start, nodes },
})

const question = (key: string, options: [string, string][]) => ({
  blockType: 'question',
  key,
  text: `Vraag ${key}?`,
  options: options.map(([k, next]) => ({ key: k, label: k, next })),
})

describe('tool definitions are validated on save, over HTTP', () => {
  it('refuses a branch to a missing step, with the problem in Dutch and its place', async () => {
    const { json: orgs } = await api('GET', '/api/organisations?limit=1&depth=0')
    const outcome = {
      blockType: 'outcome',
      key: 'hulp',
      title: 'Bel voor hulp',
      advice: 'Bel vandaag nog.',
      organisations: [{ organisation: orgs.docs[0].id, why: 'Zij helpen.' }],
    }
    const body = tree([
      question('begin', [
        ['ja', 'hulp'],
        ['nee', 'bestaat-niet'],
      ]),
      outcome,
    ])
    const response = await api('POST', '/api/tools', { as: 'editor', body })
    expect(response.status).toBe(400)
    const errors = response.json.errors.flatMap((e: any) => e.data?.errors ?? [])
    expect(errors).toContainEqual(
      expect.objectContaining({ path: 'definition.nodes.0.options.1.next', message: expect.stringContaining('"bestaat-niet"') }),
    )
  })

  it('lists every problem: a dead end, an unreachable step and an unknown organisation', async () => {
    const body = tree([
      question('begin', [['ja', '']]),
      {
        blockType: 'outcome',
        key: 'los',
        title: 'Los',
        advice: 'Niemand komt hier.',
        organisations: [{ organisation: 999999, why: 'Bestaat niet.' }],
      },
    ])
    const response = await api('POST', '/api/tools', { as: 'editor', body })
    expect(response.status).toBe(400)
    const messages = response.json.errors
      .flatMap((e: any) => e.data?.errors ?? [])
      .map((e: any) => e.message)
      .join('\n')
    expect(messages.split('\n').length).toBeGreaterThanOrEqual(3)
    expect(messages).toMatch(/Uitkomst "los"/)
  })

  it('accepts a complete tree, and an unfinished one saved as a draft', async () => {
    const { json: orgs } = await api('GET', '/api/organisations?limit=1&depth=0')
    const outcome = {
      blockType: 'outcome',
      key: 'hulp',
      title: 'Bel voor hulp',
      advice: 'Bel vandaag nog.',
      organisations: [{ organisation: orgs.docs[0].id, why: 'Zij helpen.' }],
    }
    expect((await api('POST', '/api/tools', { as: 'editor', body: tree([question('begin', [['ja', 'hulp']]), outcome]) })).status).toBe(201)
    const unfinished = { ...tree([question('begin', [['ja', '']])]), _status: 'draft' }
    expect((await api('POST', '/api/tools?draft=true', { as: 'editor', body: unfinished })).status).toBe(201)
  })

  it('every seeded tool is stored in a form the engine accepts', async () => {
    const { json } = await api('GET', '/api/tools?limit=0&depth=0')
    expect(json.totalDocs).toBeGreaterThanOrEqual(5)
    for (const tool of json.docs) {
      // Re-saving runs the validation again.
      const response = await api('PATCH', `/api/tools/${tool.id}`, { as: 'editor', body: { intro: tool.intro } })
      expect(response.status, `${tool.slug}: ${JSON.stringify(response.json.errors)}`).toBe(200)
    }
  })

  it('refuses a plan with a line for a missing section and an empty line, and accepts it mended, with its contact as a relationship', async () => {
    const { json: orgs } = await api('GET', '/api/organisations?limit=1&depth=0')
    const plan = (section: string, text: string) => ({
      title: `Testplan ${Date.now()}`,
      site: 'helpers',
      kind: 'plan',
      _status: 'published',
      definition: {
        sections: [{ key: 'taken', title: 'Wie doet wat', items: [{ text: 'Verdeel de taken.' }], writeIn: 3 }],
        steps: [
          {
            kind: 'multiple',
            key: 'hulp',
            text: 'Waar is hulp bij nodig?',
            options: [
              { key: 'eten', label: 'Eten', items: [{ section, text: 'Iemand kookt.' }] },
              { key: 'vervoer', label: 'Vervoer', items: [{ section: 'taken', text }] },
            ],
          },
        ],
        organisations: [{ organisation: orgs.docs[0].id, why: 'Voor advies.' }],
      },
    })
    const refused = await api('POST', '/api/tools', { as: 'editor', body: plan('planning', '   ') })
    expect(refused.status).toBe(400)
    const errors = refused.json.errors.flatMap((e: any) => e.data?.errors ?? [])
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'definition.steps.0.options.0.items.0.section',
          message: expect.stringContaining('het onderdeel "planning" bestaat niet'),
        }),
        expect.objectContaining({
          path: 'definition.steps.0.options.1.items.0.text',
          message: expect.stringContaining('de tekst is leeg'),
        }),
      ]),
    )
    const accepted = await api('POST', '/api/tools', { as: 'editor', body: plan('taken', 'Iemand rijdt.') })
    expect(accepted.status, JSON.stringify(accepted.json.errors)).toBe(201)
    const { json: stored } = await api('GET', `/api/tools/${accepted.json.doc.id}?depth=0`, { as: 'editor' })
    expect(stored.definition.steps[0].kind).toBe('multiple')
    expect(stored.definition.steps[0].options[1].items[0]).toMatchObject({ section: 'taken', text: 'Iemand rijdt.' })
    expect(stored.definition.organisations[0].organisation).toBe(orgs.docs[0].id)
  })

  it('stores the seeded steungroep plan on the helpers site', async () => {
    const { json } = await api('GET', '/api/tools?where[slug][equals]=start-een-steungroep&depth=0')
    expect(json.docs.map((doc: any) => [doc.site, doc.kind, doc.definition.sections.length, doc.definition.steps.length])).toEqual([
      ['helpers', 'plan', 8, 7],
    ])
  })
})
