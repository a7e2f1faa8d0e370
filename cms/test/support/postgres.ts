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
    drop: async () => {
      await query(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    },
  }
}
