/** What the visitor typed or chose, as the answer the engine checks. Pure, for the inputs. */
import type { ToolAnswer } from '@vsp/content-models'
import type { AnswerableQuestion } from '@vsp/tool-engine'

/** The input's state: a text for number fields (so "12,5" can be typed), else the answer. */
export type Draft = string | string[] | number | undefined

/** "12,5", " 12.5 " → 12.5; empty or not a number → undefined (the engine then says what to fill in). */
export function parseDutchNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined
  return Number(cleaned)
}

export function answerFromDraft(question: AnswerableQuestion, draft: Draft): ToolAnswer | undefined {
  if (question.kind === 'number') return typeof draft === 'string' ? parseDutchNumber(draft) : typeof draft === 'number' ? draft : undefined
  if (question.kind === 'multiple') return Array.isArray(draft) ? draft : []
  return draft
}

/** The draft a step opens with: the earlier answer, numbers written the Dutch way. */
export function draftFromAnswer(question: AnswerableQuestion, value: ToolAnswer | undefined): Draft {
  if (question.kind === 'number') return typeof value === 'number' ? String(value).replace('.', ',') : ''
  if (question.kind === 'multiple') return Array.isArray(value) ? value : []
  return value
}

/** Scales with few steps are radio buttons (arrow keys, each value read out); long ones a slider. */
export const MAX_RADIO_SCALE = 11
