import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { inject } from 'vitest'
import { query } from './postgres'

type Row = Record<string, unknown>

/**
 * SQL on the test CMS's own database, whichever it is: the SQLite file in the data folder or
 * the run's PostgreSQL database. Write `?` for parameters; they become `$1…` for PostgreSQL.
 */
export function testDb(file = path.join(inject('cmsDataDir'), 'cms.db'), url = inject('databaseUrl')) {
  return {
    postgres: Boolean(url),
    async all(sql: string, values: (string | number)[] = []): Promise<Row[]> {
      if (url) {
        let n = 0
        return query(
          url,
          sql.replace(/\?/g, () => `$${++n}`),
          values,
        )
      }
      const db = new DatabaseSync(file)
      try {
        return db.prepare(sql).all(...values) as Row[]
      } finally {
        db.close()
      }
    },
  }
}
