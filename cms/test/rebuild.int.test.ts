import { afterEach, describe, expect, it } from 'vitest'
import { api } from './support/api'
import { validDocument } from './support/fixtures'
import { expectRebuild, failNextRuns, pause, quiet, runs, waitForRun } from './support/rebuild-log'

describe('publishing rebuilds the affected site', () => {
  it('a published helpers checklist rebuilds the helpers site, and unpublishing it again', async () => {
    let id = 0
    await expectRebuild(async () => {
      const created = await api('POST', '/api/checklists', { as: 'editor', body: await validDocument('checklists') })
      expect(created.status).toBe(201)
      id = created.json.doc.id
    }, 'helpers')
    await expectRebuild(() => api('PATCH', `/api/checklists/${id}`, { as: 'editor', body: { _status: 'draft' } }), 'helpers')
  })

  it('a published stappenplan rebuilds the professionals site', async () => {
    await expectRebuild(async () => {
      expect((await api('POST', '/api/stappenplannen', { as: 'editor', body: await validDocument('stappenplannen') })).status).toBe(201)
    }, 'professionals')
  })

  it('an organisation for both sites, and the site settings, rebuild both sites', async () => {
    await expectRebuild(async () => {
      expect((await api('POST', '/api/organisations', { as: 'editor', body: await validDocument('organisations') })).status).toBe(201)
    }, 'helpers professionals')
    const { json: settings } = await api('GET', '/api/globals/site-settings?depth=0', { as: 'editor' })
    await expectRebuild(async () => {
      expect((await api('POST', '/api/globals/site-settings', { as: 'editor', body: { serviceLine: settings.serviceLine } })).status).toBe(
        200,
      )
    }, 'helpers professionals')
  })
})

describe('a draft save rebuilds nothing', () => {
  it('saving a draft of a published checklist starts no rebuild; publishing it does', async () => {
    let id = 0
    await expectRebuild(async () => {
      const created = await api('POST', '/api/checklists', { as: 'editor', body: await validDocument('checklists') })
      id = created.json.doc.id
    }, 'helpers')
    await quiet()
    const before = runs().length
    const draft = await api('PATCH', `/api/checklists/${id}?draft=true`, {
      as: 'editor',
      body: { title: 'Een concept dat nog niet live is' },
    })
    expect(draft.status).toBe(200)
    const autosave = await api('PATCH', `/api/checklists/${id}?draft=true&autosave=true`, {
      as: 'editor',
      body: { title: 'Nog een concept' },
    })
    expect(autosave.status).toBe(200)
    // Ten times the quiet period the test server waits before it starts a rebuild.
    await pause(2000)
    expect(runs().slice(before), 'a draft save started a rebuild').toEqual([])
    const live = await api('GET', `/api/checklists/${id}`)
    expect(live.json.title).not.toBe('Nog een concept')
    await expectRebuild(() => api('PATCH', `/api/checklists/${id}`, { as: 'editor', body: { _status: 'published' } }), 'helpers')
    expect((await api('GET', `/api/checklists/${id}`)).json.title).toBe('Nog een concept')
  })
})

describe('rebuild status for the admin', () => {
  it('is for staff only', async () => {
    const { status, json } = await api('GET', '/api/rebuild-status')
    expect(status).toBe(403)
    expect(json.error).toMatch(/ingelogd/)
  })

  it('tells staff how the last rebuild went', async () => {
    for (let waited = 0; waited < 20_000; waited += 100) {
      const { json } = await api('GET', '/api/rebuild-status', { as: 'marketer' })
      if (json.last && !json.running.length && !json.waiting.length) {
        expect(json).toMatchObject({ enabled: true, last: { ok: true } })
        return
      }
      await pause(100)
    }
    throw new Error('no finished rebuild reported')
  })
})

describe('a failed rebuild is tried again', () => {
  afterEach(() => failNextRuns(0))

  // The test server waits 300 ms, then 600 ms (SITE_REBUILD_RETRY_MS): three tries in all.
  it('a build that fails once is tried again and the publish arrives', async () => {
    await quiet()
    failNextRuns(1)
    const before = runs().length
    const created = await api('POST', '/api/stappenplannen', { as: 'editor', body: await validDocument('stappenplannen') })
    expect(created.status).toBe(201)
    await waitForRun('professionals', before)
    expect(runs().slice(before)).toEqual(['professionals mislukt', 'professionals'])
    await quiet()
    expect((await api('GET', '/api/rebuild-status', { as: 'editor' })).json).toMatchObject({ last: { sites: ['professionals'], ok: true } })
  })

  it('a build that keeps failing is tried three times, then reported as failed', async () => {
    await quiet()
    failNextRuns(5)
    const before = runs().length
    const created = await api('POST', '/api/stappenplannen', { as: 'editor', body: await validDocument('stappenplannen') })
    expect(created.status).toBe(201)
    let sawRetry = false
    for (let waited = 0; waited < 20_000 && runs().slice(before).length < 3; waited += 50) {
      const { json } = await api('GET', '/api/rebuild-status', { as: 'editor' })
      if (json.retry) sawRetry = true
      await pause(50)
    }
    await quiet()
    await pause(1000) // long after a fourth try would have started
    expect(runs().slice(before)).toEqual(['professionals mislukt', 'professionals mislukt', 'professionals mislukt'])
    expect(sawRetry, 'the status never told of a next try').toBe(true)
    const { json } = await api('GET', '/api/rebuild-status', { as: 'editor' })
    expect(json).toMatchObject({ waiting: [], running: [], last: { sites: ['professionals'], ok: false } })
    expect(json.retry).toBeUndefined()
  })
})
