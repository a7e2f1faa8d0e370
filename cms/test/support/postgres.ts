import pg from 'pg'

/** The same server and role, another database. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url)
  next.pathname = `/${database}`
  return next.toString()
}

/** Runs one statement on the database `url` names. */
export async function query<Row = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as Row[]
  } finally {
    await client.end()
  }
}

/**
 * A new, empty database for one test run on the server TEST_DATABASE_URL points at (its role
 * needs CREATEDB), so that every run starts from the committed migrations; dropped afterwards.
 */
export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `vsp_test_${process.pid}_${Date.now().toString(36)}`
  await query(baseUrl, `CREATE DATABASE "${name}"`)
  return {
    url: withDatabase(baseUrl, name),
    // FORCE ends this role's sessions, but not an autovacuum worker that is analysing freshly
    // restored tables ("must be a member of the role whose process is being terminated"): that
    // one finishes within seconds, so the drop is tried again for a while.
    drop: async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return void (await query(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
        } catch (error) {
          if (attempt >= 20 || !/must be a member of the role/.test(String(error))) throw error
          await new Promise((resolve) => setTimeout(resolve, 500))
        }
      }
    },
  }
}
