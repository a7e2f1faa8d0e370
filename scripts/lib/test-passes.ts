/**
 * The passes of `npm test`. Each is a vitest project, except `cms-postgres`: the cms project
 * once more, against PostgreSQL (TEST_DATABASE_URL, a role that may create databases; each run
 * makes its own database and drops it). Without TEST_DATABASE_URL that pass is not run, and the
 * summary says so in capitals; with TEST_REQUIRE_POSTGRES=1 (as `.ci/run` sets) that fails.
 */
export const DEFAULT_PASSES = 'unit,cms,cms-postgres,integration,e2e'

export type Pass =
  | { name: string; project: string; env: Record<string, string | undefined> }
  | { name: string; notRun: string; fails: boolean }

export function testPass(name: string, env: Record<string, string | undefined> = process.env): Pass {
  if (name !== 'cms-postgres') {
    // The SQLite passes stay on SQLite whatever the shell has set.
    const { TEST_DATABASE_URL: _, ...rest } = env
    return { name, project: name, env: rest }
  }
  if (!env.TEST_DATABASE_URL) {
    return {
      name,
      notRun:
        'NOT RUN: no PostgreSQL. Set TEST_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/postgres (a role with CREATEDB); .ci/run does',
      fails: env.TEST_REQUIRE_POSTGRES === '1',
    }
  }
  return { name, project: 'cms', env }
}

/**
 * The order of `npm test`: stages one after the other; in a stage, lanes side by side; in a lane,
 * passes one after the other. `cms-postgres` runs beside `e2e`: it waits on its CMS and
 * PostgreSQL much of the time, and the two share nothing but the site build cache (safe to
 * share) and the helpers renderer build, which `e2e` does not use. It comes after `cms`,
 * which makes the admin build they share. Every other pass runs alone.
 */
export function schedule(passes: string[]): string[][][] {
  const beside = passes.includes('e2e') && passes.includes('cms-postgres')
  return passes
    .filter((pass) => !(beside && pass === 'cms-postgres'))
    .map((pass) => (beside && pass === 'e2e' ? [['cms-postgres'], ['e2e']] : [[pass]]))
}
