import { describe, expect, it } from 'vitest'
import { smallScan } from './fixtures'
import { validateDefinition } from './validate-definition'

describe('validateDefinition: scored questionnaires', () => {
  it('accepts a sound questionnaire', () => {
    expect(validateDefinition(smallScan())).toEqual([])
  })

  it('names a gap between result bands', () => {
    const scan = smallScan()
    scan.dimensions[0].bands[1].min = 5
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'dimensions.0.bands',
        code: 'band-gap',
        message:
          'Thema "belasting": een score van 4 valt in geen enkele uitslag (mogelijke scores: 0 tot en met 10). ' +
          'Sluit de uitslagen op elkaar aan.',
      },
    ])
  })

  it('names scores above the last band', () => {
    const scan = smallScan()
    scan.dimensions[0].bands[2].max = 8
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'dimensions.0.bands',
        code: 'band-gap',
        message:
          'Thema "belasting": een score van 9 tot en met 10 valt in geen enkele uitslag (mogelijke scores: 0 ' +
          'tot en met 10). Sluit de uitslagen op elkaar aan.',
      },
    ])
  })

  it('names overlapping result bands', () => {
    const scan = smallScan()
    scan.dimensions[0].bands[1].max = 7
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'dimensions.0.bands.2',
        code: 'band-overlap',
        message:
          'Thema "belasting" → uitslag "over-je-grens": overlapt met uitslag "let-op" bij een score van 7. Een ' +
          'score hoort in precies één uitslag.',
      },
    ])
  })

  it('names a band whose minimum is above its maximum', () => {
    const scan = smallScan()
    scan.dimensions[0].bands[0] = { ...scan.dimensions[0].bands[0], min: 3, max: 0 }
    expect(validateDefinition(scan)).toContainEqual({
      path: 'dimensions.0.bands.0',
      code: 'band-inverted',
      message: 'Thema "belasting" → uitslag "in-balans": het minimum (3) is hoger dan het maximum (0).',
    })
  })

  it('names a choice question without options', () => {
    const scan = smallScan()
    const question = scan.questions[3]
    if (question.kind !== 'multiple') throw new Error('fixture')
    question.options = []
    expect(validateDefinition(scan)).toContainEqual({
      path: 'questions.3.options',
      code: 'no-options',
      message: 'Vraag "signalen": heeft geen antwoorden. Voeg de antwoorden toe waaruit de bezoeker kiest.',
    })
  })

  it('names a question that counts for a missing theme, and a theme without questions', () => {
    const scan = smallScan()
    for (const question of scan.questions) question.dimension = 'belastng'
    expect(validateDefinition(scan).slice(0, 1)).toEqual([
      {
        path: 'questions.0.dimension',
        code: 'unknown-dimension',
        message: 'Vraag "alleen": telt mee voor thema "belastng", maar dat thema bestaat niet.',
      },
    ])
    expect(validateDefinition(scan)).toContainEqual({
      path: 'dimensions.0',
      code: 'empty-dimension',
      message: 'Thema "belasting": geen enkele vraag telt mee voor dit thema. Koppel vragen aan dit thema of verwijder het.',
    })
  })

  it('names conditions on a missing question, a later question, a missing answer and the wrong kind', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { question: 'alleenn', anyOf: ['ja'] },
        'condition-missing-question',
        'Vraag "gevraagd": wordt alleen getoond na vraag "alleenn", maar die vraag bestaat niet.',
      ],
      [
        { question: 'moe', min: 4 },
        'condition-later-question',
        'Vraag "gevraagd": wordt alleen getoond na vraag "moe", maar die vraag komt niet eerder. Zet die vraag ervoor.',
      ],
      [
        { question: 'alleen', anyOf: ['misschien'] },
        'condition-missing-option',
        'Vraag "gevraagd": wordt getoond bij antwoord "misschien" op vraag "alleen", maar dat antwoord bestaat niet.',
      ],
      [
        { question: 'alleen', min: 1 },
        'condition-mismatch',
        'Vraag "gevraagd": de voorwaarde op vraag "alleen" (één antwoord kiezen) moet een of meer antwoorden noemen.',
      ],
    ]
    for (const [showIf, code, message] of cases) {
      const scan = smallScan()
      scan.questions[1].showIf = showIf as never
      expect(validateDefinition(scan).filter((p) => p.code === code)).toEqual([expect.objectContaining({ code, message })])
    }
  })

  it('names a scale whose maximum is not above its minimum', () => {
    const scan = smallScan()
    const question = scan.questions[2]
    if (question.kind !== 'scale') throw new Error('fixture')
    question.max = 1
    expect(validateDefinition(scan)).toContainEqual({
      path: 'questions.2.max',
      code: 'scale-range',
      message: 'Vraag "moe": het maximum (1) moet groter zijn dan het minimum (1).',
    })
  })

  it('names numbers below the first scoring threshold', () => {
    const scan = smallScan()
    const question = scan.questions[4]
    if (question.kind !== 'number') throw new Error('fixture')
    question.scoring = [
      { from: 3, score: 0 },
      { from: 10, score: 1 },
    ]
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'questions.4.scoring',
        code: 'scoring-gap',
        message:
          'Vraag "uren": antwoorden onder 3 krijgen geen punten, want de eerste drempel begint bij 3. Laat de ' +
          'eerste drempel bij 0 beginnen.',
      },
    ])
  })

  it('names an attention point that can never show, and a risk without attention point', () => {
    const scan = smallScan()
    scan.questions[4].attentionPoint = 'Minder uren.'
    scan.questions[2].attentionPoint = null
    expect(validateDefinition(scan)).toEqual([
      {
        path: 'questions.2.attentionPoint',
        code: 'risk-without-attention',
        message: 'Vraag "moe": een antwoord telt als risico, maar er is geen aandachtspunt om te tonen. Schrijf het ' + 'aandachtspunt.',
      },
      {
        path: 'questions.4.attentionPoint',
        code: 'attention-without-risk',
        message:
          'Vraag "uren": heeft een aandachtspunt, maar geen enkel antwoord telt als risico, dus het ' + 'aandachtspunt verschijnt nooit.',
      },
    ])
  })

  it('names a question key used twice', () => {
    const scan = smallScan()
    scan.questions[4].key = 'moe'
    expect(validateDefinition(scan)).toContainEqual({
      path: 'questions.4.key',
      code: 'duplicate-key',
      message: 'Vraag "moe": deze sleutel wordt al door een andere vraag gebruikt.',
    })
  })
})
