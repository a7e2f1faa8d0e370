import { describe, expect, it } from 'vitest'
import { DEFAULT_PASSES, schedule, testPass } from './test-passes'

describe('test passes', () => {
  it('runs the cms project a second time against PostgreSQL by default', () => {
    expect(DEFAULT_PASSES.split(',')).toEqual(['unit', 'cms', 'cms-postgres', 'integration', 'e2e'])
    const url = 'postgres://t:t@127.0.0.1:5432/postgres'
    expect(testPass('cms-postgres', { TEST_DATABASE_URL: url })).toEqual({
      name: 'cms-postgres',
      project: 'cms',
      env: { TEST_DATABASE_URL: url },
    })
  })

  it('keeps the SQLite pass on SQLite when TEST_DATABASE_URL is set', () => {
    expect(testPass('cms', { TEST_DATABASE_URL: 'postgres://x', HOME: '/root' })).toEqual({
      name: 'cms',
      project: 'cms',
      env: { HOME: '/root' },
    })
  })

  // Nothing is skipped silently: without PostgreSQL the pass is reported as not run, and CI fails.
  it('without PostgreSQL says the pass did not run, and fails where PostgreSQL is required', () => {
    const local = testPass('cms-postgres', {})
    expect(local).toMatchObject({ notRun: expect.stringMatching(/^NOT RUN.*TEST_DATABASE_URL/), fails: false })
    expect(testPass('cms-postgres', { TEST_REQUIRE_POSTGRES: '1' })).toMatchObject({ fails: true })
  })

  it('runs cms-postgres beside e2e, after the cms pass that makes the admin build, and every other pass alone', () => {
    expect(schedule(DEFAULT_PASSES.split(','))).toEqual([[['unit']], [['cms']], [['integration']], [['cms-postgres'], ['e2e']]])
    expect(schedule(['cms-postgres', 'integration'])).toEqual([[['cms-postgres']], [['integration']]])
  })
})
