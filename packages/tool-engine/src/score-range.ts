/** The lowest and highest points a question can add: for result bars and for checking bands. */
import type { ScoredDefinition, ScoredQuestion } from '@vsp/content-models'

export interface ScoreRange {
  min: number
  max: number
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

export function questionRange(question: ScoredQuestion): ScoreRange {
  switch (question.kind) {
    case 'single': {
      const scores = question.options.map((option) => option.score)
      return scores.length ? { min: Math.min(...scores), max: Math.max(...scores) } : { min: 0, max: 0 }
    }
    case 'multiple': {
      // Combinable answers add up; an exclusive answer ("geen van deze") stands alone.
      const combinable = question.options.filter((option) => !option.exclusive).map((option) => option.score)
      const alone = question.options.filter((option) => option.exclusive).map((option) => option.score)
      const low = [...alone, ...(combinable.length ? [Math.min(...combinable), sum(combinable.filter((s) => s < 0))] : [])]
      const high = [...alone, ...(combinable.length ? [Math.max(...combinable), sum(combinable.filter((s) => s > 0))] : [])]
      return low.length ? { min: Math.min(...low), max: Math.max(...high) } : { min: 0, max: 0 }
    }
    case 'scale': {
      const span = question.weight * Math.max(0, question.max - question.min)
      return { min: Math.min(0, span), max: Math.max(0, span) }
    }
    case 'number': {
      const sorted = [...question.scoring].sort((a, b) => a.from - b.from)
      const reachable = sorted.filter((step, i) => step.from <= question.max && (sorted[i + 1]?.from ?? Infinity) > question.min)
      const scores = reachable.map((step) => step.score)
      return scores.length ? { min: Math.min(...scores), max: Math.max(...scores) } : { min: 0, max: 0 }
    }
  }
}

/** A dimension's possible totals; a conditional question may also add nothing. */
export function dimensionRange(definition: ScoredDefinition, dimension: string): ScoreRange {
  const total = { min: 0, max: 0 }
  for (const question of definition.questions) {
    if (question.dimension !== dimension) continue
    const range = questionRange(question)
    total.min += question.showIf ? Math.min(0, range.min) : range.min
    total.max += question.showIf ? Math.max(0, range.max) : range.max
  }
  return total
}
