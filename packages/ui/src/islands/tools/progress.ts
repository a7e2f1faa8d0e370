/**
 * "Vraag 3 van 11" for a questionnaire. A follow-up question (showIf) counts as long as it can
 * still be asked: before the question it depends on is answered. So the total only goes down
 * as the visitor answers ("van 11" becomes "van 10" when the follow-up falls away), never up;
 * counting only the questions shown so far made it jump from 10 to 11 halfway.
 */
import type { ScoredDefinition, ToolAnswers } from '@vsp/content-models'
import { visibleQuestions } from '@vsp/tool-engine'

export function possibleQuestionCount(definition: ScoredDefinition, answers: ToolAnswers): number {
  const shown = new Set(visibleQuestions(definition, answers).map((question) => question.key))
  const possible = new Set<string>()
  for (const question of definition.questions) {
    const condition = question.showIf
    const open = condition && possible.has(condition.question) && answers[condition.question] === undefined
    if (shown.has(question.key) || open) possible.add(question.key)
  }
  return possible.size
}

/** The step line above a question: with a total for a questionnaire, without for a referral tree. */
export function positionLabel(index: number, total: number | null): string {
  return total === null ? `Vraag ${index}` : `Vraag ${index} van ${total}`
}
