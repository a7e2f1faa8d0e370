/**
 * Steps of a tool as browser history entries, without answers in them. Each entry records only
 * which question (or the result) was on screen; the answers stay in memory, so Back and Forward
 * show an earlier step with its answer still filled in (as the engine's `back` does).
 */
import { startSession, type ToolSession } from '@vsp/tool-engine'
import type { ToolDefinition } from '@vsp/content-models'

export interface ToolView {
  cursor: string | null
  returnToSummary: boolean
}

export interface ToolNavigation {
  session: ToolSession
  /** One view per history entry this tool pushed; index 0 is the page's own entry. */
  views: ToolView[]
  at: number
}

const viewOf = (session: ToolSession): ToolView => ({ cursor: session.cursor, returnToSummary: session.returnToSummary })

export function startNavigation(definition: ToolDefinition): ToolNavigation {
  const session = startSession(definition)
  return { session, views: [viewOf(session)], at: 0 }
}

/** A step forward (answer, wijzig, start again): later entries are gone, as in the browser. */
export function goTo(navigation: ToolNavigation, session: ToolSession): ToolNavigation {
  return { session, views: [...navigation.views.slice(0, navigation.at + 1), viewOf(session)], at: navigation.at + 1 }
}

/**
 * The browser moved to entry `step` (Back or Forward). An entry from before a reload (answers
 * gone) starts the tool afresh rather than showing a question out of order.
 */
export function popTo(navigation: ToolNavigation, definition: ToolDefinition, step: number): ToolNavigation {
  const view = navigation.views[step]
  if (!view) return startNavigation(definition)
  return { ...navigation, session: { ...navigation.session, ...view }, at: step }
}

/** What the island stores in `history.state`: the step number, never an answer. */
export const HISTORY_KEY = 'toolStep'
export function stepFromState(state: unknown): number {
  const step = state && typeof state === 'object' ? (state as Record<string, unknown>)[HISTORY_KEY] : undefined
  return typeof step === 'number' && Number.isInteger(step) && step >= 0 ? step : 0
}
