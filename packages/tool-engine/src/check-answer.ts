/** Whether a visitor's answer fits the question; the message is what the island shows. */
import type { PlanQuestion, ScoredQuestion, ToolAnswer, TreeQuestionNode } from '@vsp/content-models'

export type AnswerableQuestion = ScoredQuestion | TreeQuestionNode | PlanQuestion

function formatNumber(value: number): string {
  return String(value).replace('.', ',')
}

/** Null when the answer is fine, otherwise a Dutch message for the visitor. */
export function checkAnswer(question: AnswerableQuestion, answer: ToolAnswer | undefined): string | null {
  const optionKeys = 'options' in question ? new Set(question.options.map((option) => option.key)) : new Set<string>()
  switch (question.kind) {
    case 'question':
    case 'single':
      return typeof answer === 'string' && optionKeys.has(answer) ? null : 'Kies een antwoord.'
    case 'multiple': {
      if (!Array.isArray(answer) || answer.length === 0 || !answer.every((key) => optionKeys.has(key))) {
        return 'Kies een of meer antwoorden.'
      }
      const exclusive = question.options.find((option) => option.exclusive && answer.includes(option.key))
      return exclusive && answer.length > 1 ? `"${exclusive.label}" kunt u niet combineren met andere antwoorden.` : null
    }
    case 'scale':
    case 'number': {
      const whole = question.kind === 'scale'
      if (
        typeof answer !== 'number' ||
        !Number.isFinite(answer) ||
        (whole && !Number.isInteger(answer)) ||
        answer < question.min ||
        answer > question.max
      ) {
        return `Kies een ${whole ? 'waarde' : 'getal'} van ${formatNumber(question.min)} tot en met ${formatNumber(question.max)}.`
      }
      return null
    }
  }
}
