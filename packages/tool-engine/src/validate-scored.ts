/** Checks that a scored questionnaire holds together: themes, options, conditions, bands. */
import type { ScoredDefinition, ScoredQuestion } from '@vsp/content-models'
import { place, problem, range, type DefinitionProblem } from './problem'
import { dimensionRange } from './score-range'

const KIND_LABELS: Record<ScoredQuestion['kind'], string> = {
  single: 'één antwoord kiezen',
  multiple: 'meer antwoorden kiezen',
  scale: 'schaal',
  number: 'getal',
}

function duplicates(keys: string[]): Set<number> {
  const seen = new Set<string>()
  const result = new Set<number>()
  keys.forEach((key, i) => (seen.has(key) ? result.add(i) : seen.add(key)))
  return result
}

export function validateScored(definition: ScoredDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const dimensionKeys = new Set(definition.dimensions.map((dimension) => dimension.key))
  for (const i of duplicates(definition.dimensions.map((d) => d.key))) {
    problems.push(
      problem(
        ['dimensions', i, 'key'],
        'duplicate-key',
        `${place(['Thema', definition.dimensions[i].key])}: deze sleutel wordt al door een ander thema gebruikt.`,
      ),
    )
  }
  for (const i of duplicates(definition.questions.map((q) => q.key))) {
    problems.push(
      problem(
        ['questions', i, 'key'],
        'duplicate-key',
        `${place(['Vraag', definition.questions[i].key])}: deze sleutel wordt al door een andere vraag gebruikt.`,
      ),
    )
  }
  definition.questions.forEach((question, i) => problems.push(...questionProblems(definition, question, i, dimensionKeys)))
  definition.dimensions.forEach((dimension, i) => {
    if (!definition.questions.some((question) => question.dimension === dimension.key)) {
      problems.push(
        problem(
          ['dimensions', i],
          'empty-dimension',
          `${place(['Thema', dimension.key])}: geen enkele vraag telt mee voor dit thema. Koppel vragen aan dit thema of verwijder het.`,
        ),
      )
    }
    problems.push(...bandProblems(definition, i))
  })
  return problems
}

function questionProblems(
  definition: ScoredDefinition,
  question: ScoredQuestion,
  i: number,
  dimensionKeys: Set<string>,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const at = (...rest: (string | number)[]) => ['questions', i, ...rest]
  const where = place(['Vraag', question.key])
  if (!dimensionKeys.has(question.dimension)) {
    problems.push(
      problem(at('dimension'), 'unknown-dimension', `${where}: telt mee voor thema "${question.dimension}", maar dat thema bestaat niet.`),
    )
  }
  if (question.kind === 'single' || question.kind === 'multiple') {
    if (question.options.length === 0) {
      problems.push(
        problem(at('options'), 'no-options', `${where}: heeft geen antwoorden. Voeg de antwoorden toe waaruit de bezoeker kiest.`),
      )
    }
    for (const j of duplicates(question.options.map((o) => o.key))) {
      problems.push(
        problem(
          at('options', j, 'key'),
          'duplicate-key',
          `${place(['Vraag', question.key], ['antwoord', question.options[j].key])}: deze sleutel komt twee keer voor bij deze vraag.`,
        ),
      )
    }
  } else if (question.min >= question.max) {
    problems.push(
      problem(at('max'), 'scale-range', `${where}: het maximum (${question.max}) moet groter zijn dan het minimum (${question.min}).`),
    )
  }
  if (question.kind === 'number') {
    const lowest = Math.min(...question.scoring.map((step) => step.from))
    if (lowest > question.min) {
      problems.push(
        problem(
          at('scoring'),
          'scoring-gap',
          `${where}: antwoorden onder ${lowest} krijgen geen punten, want de eerste drempel begint bij ${lowest}. Laat de eerste drempel bij ${question.min} beginnen.`,
        ),
      )
    }
  }
  const canBeAtRisk =
    question.kind === 'single' || question.kind === 'multiple'
      ? question.options.some((option) => option.atRisk)
      : Boolean(question.riskAt && (question.riskAt.min != null || question.riskAt.max != null))
  if (question.attentionPoint && !canBeAtRisk) {
    problems.push(
      problem(
        at('attentionPoint'),
        'attention-without-risk',
        `${where}: heeft een aandachtspunt, maar geen enkel antwoord telt als risico, dus het aandachtspunt verschijnt nooit.`,
      ),
    )
  }
  if (!question.attentionPoint && canBeAtRisk) {
    problems.push(
      problem(
        at('attentionPoint'),
        'risk-without-attention',
        `${where}: een antwoord telt als risico, maar er is geen aandachtspunt om te tonen. Schrijf het aandachtspunt.`,
      ),
    )
  }
  if (question.showIf) problems.push(...conditionProblems(definition, question, i))
  return problems
}

function conditionProblems(definition: ScoredDefinition, question: ScoredQuestion, i: number): DefinitionProblem[] {
  const condition = question.showIf!
  const path = ['questions', i, 'showIf']
  const where = place(['Vraag', question.key])
  const target = definition.questions.findIndex((q) => q.key === condition.question)
  if (target < 0) {
    return [
      problem(
        [...path, 'question'],
        'condition-missing-question',
        `${where}: wordt alleen getoond na vraag "${condition.question}", maar die vraag bestaat niet.`,
      ),
    ]
  }
  if (target >= i) {
    return [
      problem(
        [...path, 'question'],
        'condition-later-question',
        `${where}: wordt alleen getoond na vraag "${condition.question}", maar die vraag komt niet eerder. Zet die vraag ervoor.`,
      ),
    ]
  }
  const earlier = definition.questions[target]
  const hasOptions = condition.anyOf != null && condition.anyOf.length > 0
  const hasRange = condition.min != null || condition.max != null
  const isChoice = earlier.kind === 'single' || earlier.kind === 'multiple'
  if (isChoice ? !hasOptions || hasRange : !hasRange || hasOptions) {
    const expected = isChoice ? 'een of meer antwoorden' : 'een minimum of maximum'
    return [
      problem(
        path,
        'condition-mismatch',
        `${where}: de voorwaarde op vraag "${earlier.key}" (${KIND_LABELS[earlier.kind]}) moet ${expected} noemen.`,
      ),
    ]
  }
  if (!isChoice) return []
  const optionKeys = new Set(earlier.options.map((option) => option.key))
  return (condition.anyOf ?? []).flatMap((key, k) =>
    optionKeys.has(key)
      ? []
      : [
          problem(
            [...path, 'anyOf', k],
            'condition-missing-option',
            `${where}: wordt getoond bij antwoord "${key}" op vraag "${earlier.key}", maar dat antwoord bestaat niet.`,
          ),
        ],
  )
}

/** Bands must cover every possible total exactly once. */
function bandProblems(definition: ScoredDefinition, i: number): DefinitionProblem[] {
  const dimension = definition.dimensions[i]
  const problems: DefinitionProblem[] = []
  const possible = dimensionRange(definition, dimension.key)
  const bands = dimension.bands.map((band, j) => ({ band, j }))
  for (const { band, j } of bands) {
    if (band.min > band.max) {
      problems.push(
        problem(
          ['dimensions', i, 'bands', j],
          'band-inverted',
          `${place(['Thema', dimension.key], ['uitslag', band.key])}: het minimum (${band.min}) is hoger dan het maximum (${band.max}).`,
        ),
      )
    }
  }
  const sorted = bands.filter(({ band }) => band.min <= band.max).sort((a, b) => a.band.min - b.band.min || a.band.max - b.band.max)
  const all = `mogelijke scores: ${range(possible.min, possible.max)}`
  let covered = possible.min - 1
  let widest: (typeof sorted)[number] | undefined
  for (const entry of sorted) {
    const { band, j } = entry
    if (band.min > covered + 1 && band.min > possible.min && covered < possible.max) {
      const from = covered + 1
      const to = Math.min(band.min - 1, possible.max)
      problems.push(
        problem(
          ['dimensions', i, 'bands'],
          'band-gap',
          `${place(['Thema', dimension.key])}: een score van ${range(from, to)} valt in geen enkele uitslag (${all}). Sluit de uitslagen op elkaar aan.`,
        ),
      )
    }
    if (widest && band.min <= covered) {
      const overlapTo = Math.min(band.max, covered)
      problems.push(
        problem(
          ['dimensions', i, 'bands', j],
          'band-overlap',
          `${place(['Thema', dimension.key], ['uitslag', band.key])}: overlapt met uitslag "${widest.band.key}" \
bij een score van ${range(band.min, overlapTo)}. Een score hoort in precies één uitslag.`,
        ),
      )
    }
    if (band.max > covered) {
      covered = band.max
      widest = entry
    }
  }
  if (covered < possible.max) {
    problems.push(
      problem(
        ['dimensions', i, 'bands'],
        'band-gap',
        `${place(['Thema', dimension.key])}: een score van ${range(Math.max(covered + 1, possible.min), possible.max)} valt in geen enkele uitslag (${all}). Sluit de uitslagen op elkaar aan.`,
      ),
    )
  }
  return problems
}
