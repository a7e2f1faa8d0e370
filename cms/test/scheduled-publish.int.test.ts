/**
 * Scheduled publishing end to end: a draft with a publish planned in the past is published by
 * the job runner of the test server (the server's own cron is off in tests, PAYLOAD_DISABLE_JOBS,
 * so the test runs the due jobs over HTTP, as a cron would), and its site is rebuilt.
 */
import { spawnSync } from 'node:child_process'
import { describe, expect, inject, it } from 'vitest'
import { repoRoot } from '@vsp/steps'
import { api } from './support/api'
import { validDocument } from './support/fixtures'
import { expectRebuild, pause, quiet, runs } from './support/rebuild-log'

describe('scheduled publishing', () => {
  it('publishes a planned draft when its time has come, and rebuilds its site', async () => {
    await quiet()
    const before = runs().length
    const draft = await api('POST', '/api/checklists?draft=true', {
      as: 'editor',
      body: { ...(await validDocument('checklists')), _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const id = draft.json.doc.id
    expect((await api('GET', `/api/checklists/${id}`)).status).toBe(404) // not public yet
    const { json: me } = await api('GET', '/api/users/me', { as: 'editor' })

    const queued = spawnSync(
      'pnpm',
      ['exec', 'tsx', 'cms/test/support/schedule-publish.ts', 'checklists', String(id), String(me.user.id)],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          CMS_DATA_DIR: inject('cmsDataDir'),
          DATABASE_URL: inject('databaseUrl'),
          NODE_OPTIONS: '--conditions=production',
          PAYLOAD_DISABLE_JOBS: '1',
        },
        encoding: 'utf8',
      },
    )
    expect(queued.stdout, queued.stderr).toMatch(/Queued job/)
    await pause(1000)
    expect(runs().slice(before), 'a draft or a planned publish rebuilt before its time').toEqual([])

    // Running jobs publishes what is due: not for marketers or visitors (Payload's default is any login).
    for (const who of ['marketer', 'anonymous'] as const) {
      expect([401, 403], who).toContain((await api('GET', '/api/payload-jobs/run?queue=default', { as: who })).status)
    }
    expect(runs().slice(before), 'a refused job run still published').toEqual([])
    await expectRebuild(async () => {
      const ran = await api('GET', '/api/payload-jobs/run?queue=default', { as: 'editor' })
      expect(ran.status).toBe(200)
    }, 'helpers')
    const published = await api('GET', `/api/checklists/${id}`)
    expect(published.status).toBe(200)
    expect(published.json._status).toBe('published')
  })
})
