/**
 * Safety rules (vangnetregels) over real HTTP: a referral tree that breaks a rule is refused on
 * publish with the path that breaks it, in Dutch; a draft may still be saved.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from './support/api'

const ids: Record<string, number> = {}

beforeAll(async () => {
  for (const slug of ['alarmnummer-112', 'slachtofferhulp-nederland', 'veilig-thuis', 'huisarts']) {
    const { json } = await api('GET', `/api/organisations?where[slug][equals]=${slug}&depth=0&limit=1`)
    ids[slug] = json.docs[0].id
  }
})

/** A small tree: danger leads to "Bel 112" (not urgent, 112 second), else to "Steun" (the GP only). */
function tree(rule: Record<string, unknown>, status: 'published' | 'draft' = 'published') {
  return {
    title: `Vangnettest ${Date.now()} ${Math.random()}`,
    site: 'helpers',
    kind: 'decision-tree',
    _status: status,
    definition: {
      start: 'begin',
      nodes: [
        {
          blockType: 'question',
          key: 'begin',
          text: 'Is er nu gevaar?',
          options: [
            { key: 'ja', label: 'Ja', next: 'hulp', tags: ['acuut-gevaar'] },
            { key: 'nee', label: 'Nee', next: 'steun' },
          ],
        },
        {
          blockType: 'outcome',
          key: 'hulp',
          title: 'Bel 112',
          advice: 'Bel nu 112.',
          organisations: [
            { organisation: ids['slachtofferhulp-nederland'], why: 'Voor later.' },
            { organisation: ids['alarmnummer-112'], why: 'Bij gevaar.' },
          ],
        },
        {
          blockType: 'outcome',
          key: 'steun',
          title: 'Steun',
          advice: 'Praat erover.',
          organisations: [{ organisation: ids.huisarts, why: 'Dichtbij.' }],
        },
      ],
      safetyRules: [rule],
    },
  }
}

async function refusal(rule: Record<string, unknown>) {
  const response = await api('POST', '/api/tools', { as: 'editor', body: tree(rule) })
  expect(response.status).toBe(400)
  return response.json.errors.flatMap((e: any) => e.data?.errors ?? [])
}

const DANGER_PATH = 'het pad Is er nu gevaar? → "Ja" → uitkomst "Bel 112"'

describe('safety rules are checked on publish, over HTTP', () => {
  it('urgent: a danger path that ends in an outcome without urgency is refused, with the path', async () => {
    const errors = await refusal({ name: 'Gevaar is spoed', when: { allTags: ['acuut-gevaar'] }, then: { urgent: true } })
    expect(errors).toContainEqual({
      path: 'definition.nodes.1.urgent',
      message: `Vangnetregel "Gevaar is spoed": ${DANGER_PATH} eindigt in een uitkomst zonder spoed. Zet bij uitkomst "hulp" "Spoed: nu handelen" aan, of laat dit pad naar een spoeduitkomst gaan.`,
    })
  })

  it('mustNameFirst: 112 named, but not first, is refused, named by its title', async () => {
    const errors = await refusal({
      name: 'Gevaar: eerst 112',
      when: { allTags: ['acuut-gevaar'] },
      then: { mustNameFirst: ids['alarmnummer-112'] },
    })
    expect(errors).toContainEqual({
      path: 'definition.nodes.1.organisations',
      message: `Vangnetregel "Gevaar: eerst 112": ${DANGER_PATH} noemt niet als eerste "Alarmnummer 112". Zet die organisatie bovenaan bij uitkomst "hulp".`,
    })
  })

  it('mustName: an organisation the rule asks for that the outcome leaves out is refused', async () => {
    const errors = await refusal({
      name: 'Gevaar: ook Veilig Thuis',
      when: { allTags: ['acuut-gevaar'] },
      then: { mustName: [ids['veilig-thuis']] },
    })
    expect(errors).toContainEqual({
      path: 'definition.nodes.1.organisations',
      message: `Vangnetregel "Gevaar: ook Veilig Thuis": ${DANGER_PATH} noemt "Veilig Thuis" niet. Voeg die organisatie toe aan uitkomst "hulp".`,
    })
  })

  it('minPhoneOrganisations: an outcome without anyone to phone is refused, using the organisations’ contacts', async () => {
    const errors = await refusal({ name: 'Iemand om te bellen', then: { minPhoneOrganisations: 1 } })
    expect(errors).toEqual([
      {
        path: 'definition.nodes.2.organisations',
        message:
          'Vangnetregel "Iemand om te bellen": het pad Is er nu gevaar? → "Nee" → uitkomst "Steun" noemt geen ' +
          'organisatie met een telefoonnummer; nodig: minstens 1. Voeg bij uitkomst "steun" een organisatie toe ' +
          'die te bellen is.',
      },
    ])
  })

  it('a rule whose labels no path carries is refused, so a renamed label cannot switch it off', async () => {
    const errors = await refusal({ name: 'Verkeerd label', when: { allTags: ['acuut'] }, then: { urgent: true } })
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'definition.safetyRules.0.when.allTags',
        message: expect.stringContaining('geldt voor geen enkel pad'),
      }),
    )
  })

  it('a breaking tree may be saved as a draft; the same tree that keeps its rule publishes', async () => {
    const rule = { name: 'Iemand om te bellen', then: { minPhoneOrganisations: 1 } }
    expect((await api('POST', '/api/tools?draft=true', { as: 'editor', body: tree(rule, 'draft') })).status).toBe(201)
    const body = tree(rule)
    body.definition.nodes[2].organisations = [{ organisation: ids['slachtofferhulp-nederland'], why: 'Voor steun.' }]
    const response = await api('POST', '/api/tools', { as: 'editor', body })
    expect(response.status, JSON.stringify(response.json.errors)).toBe(201)
    expect(response.json.doc.definition.safetyRules[0]).toMatchObject({ name: rule.name, then: { minPhoneOrganisations: 1 } })
    expect(response.json.doc.definition.nodes[0].options[0].tags).toEqual(['acuut-gevaar'])
  })

  it('both seeded referral trees are stored with their tags and safety rules', async () => {
    const { json } = await api('GET', '/api/tools?where[kind][equals]=decision-tree&where[slug][equals]=doorverwijstool&depth=0&limit=10')
    expect(json.docs.map((doc: any) => doc.site).sort()).toEqual(['helpers', 'professionals'])
    for (const doc of json.docs) {
      expect(doc.definition.safetyRules.length, doc.site).toBe(8)
      const tags = doc.definition.nodes.flatMap((node: any) => (node.options ?? []).flatMap((option: any) => option.tags ?? []))
      expect(new Set(tags)).toEqual(new Set(['acuut-gevaar', 'zelfdoding', 'kind', 'seksueel-geweld', 'recent', 'huiselijk', 'sport']))
    }
  })
})
