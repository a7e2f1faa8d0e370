/**
 * Evaluates a scored questionnaire: which questions are shown given the answers so far, the
 * points per dimension, the band each dimension falls into, and the attention points.
 */
import type { ResultBand, ScoredDefinition, ScoredQuestion, ShowIf, ToolAnswer, ToolAnswers } from '@vsp/content-models'
import { questionRange } from './score-range'

export interface DimensionResult {
  key: string
  label: string
  score: number
  /** Lowest and highest total possible with the questions shown: the ends of the bar. */
  min: number
  max: number
  /** Where the score sits between min and max, 0–100, for the bar per theme. */
  percentage: number
  band: ResultBand | null
}

export interface AttentionPoint {
  question: string
  dimension: string
  text: string
}

export interface ScoredResult {
  /** Every shown question has an answer. */
  complete: boolean
  unanswered: string[]
  dimensions: DimensionResult[]
  attentionPoints: AttentionPoint[]
}

function inRange(value: number, min: number | null | undefined, max: number | null | undefined): boolean {
  return (min == null || value >= min) && (max == null || value <= max)
}

function conditionHolds(condition: ShowIf, answer: ToolAnswer | undefined): boolean {
  if (answer === undefined) return false
  if (typeof answer === 'number') return inRange(answer, condition.min, condition.max)
  const chosen = Array.isArray(answer) ? answer : [answer]
  return chosen.some((key) => condition.anyOf?.includes(key))
}

/** The questions shown, in order; a question depending on a hidden one stays hidden too. */
export function visibleQuestions(definition: ScoredDefinition, answers: ToolAnswers): ScoredQuestion[] {
  const shown = new Set<string>()
  return definition.questions.filter((question) => {
    const condition = question.showIf
    const visible = !condition || (shown.has(condition.question) && conditionHolds(condition, answers[condition.question]))
    if (visible) shown.add(question.key)
    return visible
  })
}

/** Points for one answer; undefined when the answer does not fit the question. */
export function scoreAnswer(question: ScoredQuestion, answer: ToolAnswer | undefined): number | undefined {
  if (answer === undefined) return undefined
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' ? question.options.find((option) => option.key === answer)?.score : undefined
    case 'multiple':
      return Array.isArray(answer)
        ? question.options.filter((option) => answer.includes(option.key)).reduce((total, option) => total + option.score, 0)
        : undefined
    case 'scale':
      if (typeof answer !== 'number') return undefined
      return question.weight * (question.reverse ? question.max - answer : answer - question.min)
    case 'number': {
      if (typeof answer !== 'number') return undefined
      const steps = question.scoring.filter((step) => step.from <= answer).sort((a, b) => b.from - a.from)
      return steps[0]?.score ?? 0
    }
  }
}

export function isAtRisk(question: ScoredQuestion, answer: ToolAnswer | undefined): boolean {
  if (answer === undefined) return false
  if (question.kind === 'single' || question.kind === 'multiple') {
    const chosen = Array.isArray(answer) ? answer : [answer]
    return question.options.some((option) => option.atRisk && chosen.includes(option.key))
  }
  const risk = question.riskAt
  return typeof answer === 'number' && risk != null && (risk.min != null || risk.max != null) && inRange(answer, risk.min, risk.max)
}

export function bandFor(bands: readonly ResultBand[], score: number): ResultBand | null {
  return bands.find((band) => score >= band.min && score <= band.max) ?? null
}

export function scoreDefinition(definition: ScoredDefinition, answers: ToolAnswers): ScoredResult {
  const visible = visibleQuestions(definition, answers)
  const unanswered = visible.filter((q) => scoreAnswer(q, answers[q.key]) === undefined).map((q) => q.key)
  const dimensions = definition.dimensions.map((dimension): DimensionResult => {
    const questions = visible.filter((question) => question.dimension === dimension.key)
    let score = 0
    let min = 0
    let max = 0
    for (const question of questions) {
      score += scoreAnswer(question, answers[question.key]) ?? 0
      const range = questionRange(question)
      min += range.min
      max += range.max
    }
    const percentage = max > min ? Math.round(((score - min) / (max - min)) * 100) : 0
    return { key: dimension.key, label: dimension.label, score, min, max, percentage, band: bandFor(dimension.bands, score) }
  })
  const attentionPoints = visible
    .filter((question) => question.attentionPoint && isAtRisk(question, answers[question.key]))
    .map((question) => ({ question: question.key, dimension: question.dimension, text: question.attentionPoint as string }))
  return { complete: unanswered.length === 0, unanswered, dimensions, attentionPoints }
}
