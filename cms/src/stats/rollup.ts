import type { Payload } from 'payload'
import { dayOf, rollUp, type DailyAggregate, type RawEvent } from '@vsp/analytics'
import { drizzleOf } from './event-recorder'

const DAY_MS = 24 * 60 * 60_000

/** STATS_RETENTION_DAYS (30 by default): how long raw events are kept. */
export const retentionDays = () => (Number(process.env.STATS_RETENTION_DAYS) > 0 ? Number(process.env.STATS_RETENTION_DAYS) : 30)

/** Every day from the oldest raw event's up to today, oldest first. */
async function daysWithRawEvents(payload: Payload, now: number): Promise<string[]> {
  const oldest = await payload.db.find<{ day: string }>({ collection: 'service-events', sort: 'day', limit: 1, select: { day: true } })
  const first = oldest.docs[0]?.day
  if (!first) return []
  const days: string[] = []
  for (let time = Date.parse(`${first}T12:00:00Z`); dayOf(time) <= dayOf(now); time += DAY_MS) days.push(dayOf(time))
  return days
}

/**
 * Rolls the raw events of every day that still has raw events into that day's aggregates,
 * replacing what an earlier run wrote for it (today's figures grow during the day). A day
 * whose raw events are gone keeps its aggregates: nothing here touches it again.
 */
export async function rollUpStats(payload: Payload, now = Date.now()): Promise<{ days: string[]; rows: number }> {
  const { drizzle, tables } = drizzleOf(payload)
  const done: string[] = []
  let rows = 0
  for (const day of await daysWithRawEvents(payload, now)) {
    const raw = await payload.db.find<RawEvent>({
      collection: 'service-events',
      where: { day: { equals: day } },
      limit: 0,
      pagination: false,
      select: { day: true, site: true, channel: true, kind: true, subject: true, newVisitor: true, burst: true },
    })
    if (!raw.docs.length) continue
    const aggregates: DailyAggregate[] = rollUp(raw.docs)
    await payload.db.deleteMany({ collection: 'stat-days', where: { day: { equals: day } } })
    const stamp = new Date().toISOString()
    for (let i = 0; i < aggregates.length; i += 500) {
      await drizzle
        .insert(tables.stat_days)
        .values(aggregates.slice(i, i + 500).map((row) => ({ ...row, createdAt: stamp, updatedAt: stamp })))
    }
    done.push(day)
    rows += aggregates.length
  }
  return { days: done, rows }
}

/** Deletes raw events older than the retention period; the aggregates stay. */
export async function deleteOldRawEvents(payload: Payload, now = Date.now()): Promise<{ before: string }> {
  const before = dayOf(now - retentionDays() * DAY_MS)
  await payload.db.deleteMany({ collection: 'service-events', where: { day: { less_than: before } } })
  return { before }
}

/** The aggregates of a period (both sites), for the report. */
export async function loadAggregates(payload: Payload, from: string, to: string): Promise<DailyAggregate[]> {
  const result = await payload.db.find<DailyAggregate>({
    collection: 'stat-days',
    where: { and: [{ day: { greater_than_equal: from } }, { day: { less_than_equal: to } }] },
    limit: 0,
    pagination: false,
  })
  return result.docs
}
