import { describe, expect, it } from 'vitest'
import { smallScan, smallTree } from './fixtures'
import { validateDefinition } from './validate-definition'

describe('schema problems in Dutch, with the place named', () => {
  it('names an unknown kind of definition', () => {
    expect(validateDefinition({ kind: 'quiz' })).toEqual([
      { path: 'kind', code: 'schema', message: 'Veld "soort": is onbekend; kies uit "scored", "decision-tree", "plan".' },
    ])
  })

  it('names an empty definition', () => {
    expect(validateDefinition(null)).toEqual([{ path: '', code: 'schema', message: 'De definitie: moet ingevuld zijn.' }])
  })

  it('names a missing answer text by question and answer key', () => {
    const scan = smallScan() as unknown as { questions: { options?: { label?: string }[] }[] }
    delete scan.questions[0].options![1].label
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'questions.0.options.1.label',
        code: 'schema',
        message: 'Vraag "alleen" → antwoord "ja" → veld "tekst": moet ingevuld zijn.',
      },
    ])
  })

  it('names points that are not a whole number, and a key with capitals', () => {
    const scan = smallScan()
    const first = scan.questions[0]
    if (first.kind !== 'single') throw new Error('fixture')
    first.options[0].score = 1.5
    scan.dimensions[0].bands[0].key = 'In Balans'
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'dimensions.0.bands.0.key',
        code: 'schema',
        message:
          'Thema "belasting" → uitslag "In Balans" → veld "sleutel": "In Balans" is niet geldig: alleen kleine ' +
          'letters, cijfers en streepjes.',
      },
      {
        path: 'questions.0.options.0.score',
        code: 'schema',
        message: 'Vraag "alleen" → antwoord "nee" → veld "punten": moet een heel getal zijn.',
      },
    ])
  })

  it('names an unknown question kind and an empty outcome title', () => {
    const scan = smallScan() as unknown as { questions: { kind: string }[] }
    scan.questions[2].kind = 'slider'
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'questions.2.kind',
        code: 'schema',
        message: 'Vraag "moe" → veld "soort": is onbekend; kies uit "single", "multiple", "scale", "number".',
      },
    ])
    const tree = smallTree()
    tree.nodes[2] = { ...tree.nodes[2], title: '' } as never
    expect(validateDefinition(tree)).toEqual([
      { path: 'nodes.2.title', code: 'schema', message: 'Uitkomst "bel-112" → veld "titel": mag niet leeg zijn.' },
    ])
  })

  it('names a list item by its position when it has no key yet', () => {
    const tree = smallTree() as unknown as { nodes: Record<string, unknown>[] }
    tree.nodes.push({ kind: 'question', text: 'Nieuwe vraag', options: [] })
    expect(validateDefinition(tree)).toEqual([
      { path: 'nodes.5.key', code: 'schema', message: 'Vraag 6 → veld "sleutel": moet ingevuld zijn.' },
    ])
  })

  it('names a safety rule by its name, and a tag that is not a code', () => {
    const tree = { ...smallTree(), safetyRules: [{ name: 'Gevaar: 112', then: { minPhoneOrganisations: 0 } }] }
    ;(tree.nodes[0] as { options: { tags?: string[] }[] }).options[0].tags = ['Acuut Gevaar']
    expect(validateDefinition(tree).map((p) => p.message)).toEqual([
      'Vraag "gevaar" → antwoord "ja" → label 1: "Acuut Gevaar" is niet geldig: alleen kleine letters, cijfers en streepjes.',
      'Vangnetregel "Gevaar: 112" → veld "de uitkomst moet" → veld "minimaal aantal organisaties met telefoonnummer": moet minstens 1 zijn.',
    ])
  })
})
