/**
 * A plain-text report of a scored result (for the quickscan's "download of print het rapport"):
 * score and band per theme with a text bar, the advice, and the attention points per theme.
 * Built in the browser from the answers; nothing is sent anywhere.
 */
import type { ScoredDefinition } from '@vsp/content-models'
import type { ScoredResult } from './score'

const BAR_WIDTH = 20

export function textBar(percentage: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, percentage)) / 100) * BAR_WIDTH)
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${percentage}%`
}

export interface ReportOptions {
  title: string
  /** Shown under the title, e.g. the date in Dutch. */
  subtitle?: string
}

export function scoredReport(definition: ScoredDefinition, result: ScoredResult, options: ReportOptions): string {
  const lines = [options.title, '='.repeat(options.title.length)]
  if (options.subtitle) lines.push(options.subtitle)
  if (!result.complete) lines.push('', `Let op: ${result.unanswered.length} vraag/vragen nog niet beantwoord.`)
  for (const dimension of result.dimensions) {
    lines.push('', dimension.label, '-'.repeat(dimension.label.length))
    lines.push(`Score: ${dimension.score} van ${dimension.max} ${textBar(dimension.percentage)}`)
    if (dimension.band) {
      lines.push(`Uitslag: ${dimension.band.label}`, '', dimension.band.advice)
      for (const link of dimension.band.links ?? []) lines.push(`- ${link.label}: ${link.href}`)
    }
    const points = result.attentionPoints.filter((point) => point.dimension === dimension.key)
    if (points.length) {
      lines.push('', 'Aandachtspunten:')
      for (const point of points) lines.push(`- ${point.text}`)
    }
  }
  if (definition.dimensions.length > 1 && result.attentionPoints.length === 0) {
    lines.push('', 'Geen aandachtspunten gevonden.')
  }
  return `${lines.join('\n')}\n`
}
