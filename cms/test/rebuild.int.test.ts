import fs from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { api } from './support/api'
import { validDocument } from './support/fixtures'

const runs = () => (fs.existsSync(inject('rebuildLog')) ? fs.readFileSync(inject('rebuildLog'), 'utf8').split('\n').filter(Boolean) : [])

/** Waits for the CMS to start a rebuild of exactly these sites after the action. */
async function expectRebuild(action: () => Promise<unknown>, sites: string): Promise<void> {
  const before = runs().length
  await action()
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (runs().slice(before).includes(sites)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(runs().slice(before), `no rebuild of "${sites}"`).toContain(sites)
}

/** Waits until the CMS has no rebuild waiting or running. */
async function quiet(): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const { json } = await api('GET', '/api/rebuild-status', { as: 'editor' })
    if (!json.running.length && !json.waiting.length) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the rebuild queue did not go quiet')
}

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
      expect((await api('POST', '/api/globals/site-settings', { as: 'editor', body: { serviceLine: settings.serviceLine } })).status).toBe(200)
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
    const draft = await api('PATCH', `/api/checklists/${id}?draft=true`, { as: 'editor', body: { title: 'Een concept dat nog niet live is' } })
    expect(draft.status).toBe(200)
    const autosave = await api('PATCH', `/api/checklists/${id}?draft=true&autosave=true`, { as: 'editor', body: { title: 'Nog een concept' } })
    expect(autosave.status).toBe(200)
    // Ten times the quiet period the test server waits before it starts a rebuild.
    await new Promise((resolve) => setTimeout(resolve, 2000))
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
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('no finished rebuild reported')
  })
})
