/** One thing wrong with a definition: where it is, what kind it is, and what the editor reads. */
export interface DefinitionProblem {
  /** Dotted path into the definition, e.g. `nodes.3.options.1.next`. */
  path: string
  /** Stable code for tests and tooling, e.g. `missing-node`. */
  code: ProblemCode
  /** Dutch sentence that names the place and the fix. */
  message: string
}

export type ProblemCode =
  | 'schema'
  | 'duplicate-key'
  | 'no-options'
  | 'missing-start'
  | 'missing-node'
  | 'unreachable-node'
  | 'cycle'
  | 'dead-end'
  | 'missing-organisation'
  | 'unknown-dimension'
  | 'empty-dimension'
  | 'band-inverted'
  | 'band-gap'
  | 'band-overlap'
  | 'condition-missing-question'
  | 'condition-later-question'
  | 'condition-missing-option'
  | 'condition-mismatch'
  | 'scale-range'
  | 'scoring-gap'
  | 'attention-without-risk'
  | 'risk-without-attention'
  | 'safety-rule-urgent'
  | 'safety-rule-first'
  | 'safety-rule-missing'
  | 'safety-rule-phone'
  | 'safety-rule-unmatched'
  | 'safety-rule-empty'
  | 'missing-section'
  | 'empty-item'
  | 'empty-answer'
  | 'empty-section'

export function problem(path: (string | number)[], code: ProblemCode, message: string): DefinitionProblem {
  return { path: path.join('.'), code, message }
}

/** `Vraag "x"`, `Vraag "x" → antwoord "y"`: how an editor finds the place. */
export function place(...parts: [label: string, key: string | number][]): string {
  return parts.map(([label, key]) => `${label} ${typeof key === 'number' ? key : `"${key}"`}`).join(' → ')
}

/** `1 tot en met 4`, or `5` when both ends are the same. */
export function range(min: number, max: number): string {
  return min === max ? `${min}` : `${min} tot en met ${max}`
}
