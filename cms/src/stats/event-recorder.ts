import type { Payload } from 'payload'
import type { StatEventInput } from '@vsp/content-models'
import type { Sighting } from '@vsp/analytics'

export type RawRow = StatEventInput & Sighting

/** The drizzle handle and tables both Payload database adapters (SQLite, PostgreSQL) expose. */
interface DrizzleAdapter {
  drizzle: { insert(table: unknown): { values(rows: object[]): PromiseLike<unknown> } }
  tables: Record<string, unknown>
}

export const drizzleOf = (payload: Payload) => payload.db as unknown as DrizzleAdapter

/**
 * Group commit: each event waits in a queue and its promise settles only once the INSERT that
 * holds it has been committed, so an acknowledged event is never lost on a crash. While one
 * batch is being written, the next fills up; one multi-row INSERT is one transaction, which
 * takes the SQLite write lock once per batch instead of once per event (publishing and the
 * snapshot export keep getting their turn). No timer: a lone event is written in the next turn of the event loop.
 */
export function createEventRecorder(payload: Payload, maxBatch = 500) {
  const { drizzle, tables } = drizzleOf(payload)
  const table = tables.service_events
  if (!table) throw new Error('service_events table not found in the database adapter')
  let queue: { row: RawRow; done: (error?: unknown) => void }[] = []
  let writing = false

  // SQLite (libsql) writes block the event loop while they run, so requests that came in during
  // a write are still unread when it returns. Yielding one turn (setImmediate runs after the
  // I/O poll) lets them in first: they join the next batch instead of each writing its own.
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

  async function drain() {
    await turn()
    while (queue.length) {
      const batch = queue.slice(0, maxBatch)
      queue = queue.slice(maxBatch)
      const now = new Date().toISOString()
      try {
        await drizzle
          .insert(table)
          .values(batch.map(({ row }) => ({ ...row, outcome: row.outcome ?? null, createdAt: now, updatedAt: now })))
        for (const item of batch) item.done()
      } catch (error) {
        for (const item of batch) item.done(error ?? new Error('insert failed'))
      }
      await turn()
    }
    writing = false
  }

  return {
    record(row: RawRow): Promise<void> {
      return new Promise((resolve, reject) => {
        queue.push({ row, done: (error) => (error ? reject(error) : resolve()) })
        if (!writing) {
          writing = true
          void drain()
        }
      })
    },
  }
}
export type EventRecorder = ReturnType<typeof createEventRecorder>
