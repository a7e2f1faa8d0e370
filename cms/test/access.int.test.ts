import { describe, expect, it } from 'vitest'
import { PER_SITE_COLLECTIONS } from '@vsp/content-models'
import { api, type Who } from './support/api'
import { validDocument } from './support/fixtures'

// Every per-site collection of the content-types table: marketers write landing pages, editors the rest.
const marketing: string[] = ['landing-pages']
const editorial = PER_SITE_COLLECTIONS.filter((c) => !marketing.includes(c))
const writers: Record<string, Who[]> = Object.fromEntries([
  ...editorial.map((c) => [c, ['admin', 'editor']]),
  ...marketing.map((c) => [c, ['admin', 'editor', 'marketer']]),
])
const everyone: Who[] = ['anonymous', 'marketer', 'editor', 'admin']

// CWE-285 (improper authorization): every operation is checked on the server, per role.
describe.each(Object.keys(writers))('access to %s', (collection) => {
  it.each(everyone)('create as %s', async (who) => {
    const response = await api('POST', `/api/${collection}`, { as: who, body: await validDocument(collection) })
    const allowed = writers[collection].includes(who)
    expect(response.status, JSON.stringify(response.json)).toBe(allowed ? 201 : 403)
  })

  it.each(everyone)('update and delete as %s', async (who) => {
    const created = await api('POST', `/api/${collection}`, { as: 'admin', body: await validDocument(collection) })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const allowed = writers[collection].includes(who)
    const update = await api('PATCH', `/api/${collection}/${id}`, { as: who, body: { title: `Gewijzigd door ${who}` } })
    expect(update.status).toBe(allowed ? 200 : 403)
    const remove = await api('DELETE', `/api/${collection}/${id}`, { as: who })
    expect(remove.status).toBe(allowed ? 200 : 403)
  })

  it('anonymous visitors read published documents but never drafts (CWE-200)', async () => {
    const draft = { ...(await validDocument(collection)), _status: 'draft', title: 'Geheim concept' }
    const created = await api('POST', `/api/${collection}?draft=true`, { as: 'admin', body: draft })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect((await api('GET', `/api/${collection}/${id}`)).status).toBe(404)
    expect((await api('GET', `/api/${collection}/${id}?draft=true`)).status).toBe(404)
    const list = await api('GET', `/api/${collection}?draft=true&limit=0&where[title][equals]=Geheim%20concept`)
    expect(list.json.totalDocs).toBe(0)
    expect((await api('GET', `/api/${collection}/versions`)).status).toBe(403)
    // Staff see the draft.
    for (const who of ['marketer', 'editor', 'admin'] as const) {
      expect((await api('GET', `/api/${collection}/${id}?draft=true`, { as: who })).status).toBe(200)
    }
  })
})

describe('users', () => {
  it('only admins create or delete accounts', async () => {
    for (const who of everyone) {
      const email = `nieuw-${who}-${Date.now()}@example.org`
      const response = await api('POST', '/api/users', {
        as: who,
        body: { email, name: 'Nieuw', role: 'editor', password: 'een-lang-wachtwoord' },
      })
      expect(response.status).toBe(who === 'admin' ? 201 : 403)
    }
  })

  it('editors and marketers see only themselves', async () => {
    for (const who of ['editor', 'marketer'] as const) {
      const list = await api('GET', '/api/users?limit=0', { as: who })
      expect(list.status).toBe(200)
      expect(list.json.totalDocs).toBe(1)
    }
    expect((await api('GET', '/api/users?limit=0')).status).toBe(403)
    expect((await api('GET', '/api/users?limit=0', { as: 'admin' })).json.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('an editor cannot make themself admin (CWE-269)', async () => {
    const me = await api('GET', '/api/users/me', { as: 'editor' })
    await api('PATCH', `/api/users/${me.json.user.id}`, { as: 'editor', body: { role: 'admin' } })
    const after = await api('GET', `/api/users/${me.json.user.id}`, { as: 'admin' })
    expect(after.json.role).toBe('editor')
  })
})

describe('media and site settings', () => {
  it('visitors read settings, not media (staff-only, CWE-200); only staff write', async () => {
    expect((await api('GET', '/api/media?limit=1')).status).toBe(403)
    expect((await api('GET', '/api/globals/site-settings')).status).toBe(200)
    expect((await api('POST', '/api/globals/site-settings', { body: { quickExitUrl: 'https://kwaadaardig.example/' } })).status).toBe(403)
    expect(
      (await api('POST', '/api/globals/site-settings', { as: 'marketer', body: { quickExitUrl: 'https://kwaadaardig.example/' } })).status,
    ).toBe(403)
    expect((await api('GET', '/api/globals/site-settings')).json.quickExitUrl).not.toBe('https://kwaadaardig.example/')
  })
})

describe('draft preview', () => {
  it('leads staff to the draft (a signed link to the site preview) and visitors nowhere', async () => {
    const { inject } = await import('vitest')
    const draft = {
      ...(await validDocument('themes')),
      _status: 'draft',
      title: 'Preview-concept',
      review: { owner: 'Redactie helpers', note: 'interne notitie', status: 'unverified' },
    }
    const created = await api('POST', '/api/themes?draft=true', { as: 'editor', body: draft })
    const id = created.json.doc.id
    const url = `${inject('cmsUrl')}/preview/themes/${id}`
    expect((await fetch(url)).status).toBe(401)
    const { login } = await import('./support/api')
    const response = await fetch(url, { headers: { authorization: `JWT ${await login('marketer')}` }, redirect: 'manual' })
    expect(response.status).toBe(302)
    const link = new URL(response.headers.get('location') as string)
    expect(link.origin).toBe(inject('helpersPreviewUrl'))
    expect(link.pathname).toBe(`/voorbeeld/themes/${id}/`)
    // What the site server gets for that link: the draft, without the staff-only review fields.
    const answer = await fetch(`${inject('cmsUrl')}/api/preview/draft?token=${link.searchParams.get('token')}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const { collection, site, doc } = await answer.json()
    expect({ collection, site, title: doc.title, status: doc._status }).toEqual({
      collection: 'themes',
      site: 'helpers',
      title: 'Preview-concept',
      status: 'draft',
    })
    expect(doc.review.status).toBe('unverified')
    for (const staffOnly of ['owner', 'note', 'sources']) expect(doc.review).not.toHaveProperty(staffOnly)
  })
})
