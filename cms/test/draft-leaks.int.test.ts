import { describe, expect, it } from 'vitest'
import { api } from './support/api'
import { validDocument } from './support/fixtures'

const SECRET = 'Geheime-wijziging-nog-niet-gepubliceerd'

// CWE-200: unpublished text must not reach visitors by any of the REST API's side doors.
describe('no draft reaches an anonymous visitor', () => {
  it('a published document with unpublished changes shows the published version, whatever the query', async () => {
    const created = await api('POST', '/api/themes', { as: 'editor', body: await validDocument('themes') })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const change = await api('PATCH', `/api/themes/${id}?draft=true`, { as: 'editor', body: { title: SECRET, _status: 'draft' } })
    expect(change.status).toBe(200)
    expect((await api('GET', `/api/themes/${id}?draft=true`, { as: 'editor' })).json.title).toBe(SECRET)
    for (const query of ['', '?draft=true', '?draft=true&depth=3', '?select[title]=true&draft=true', '?trash=true&draft=true']) {
      const { status, json } = await api('GET', `/api/themes/${id}${query}`)
      expect(status, query).toBe(200)
      expect(JSON.stringify(json), query).not.toContain(SECRET)
    }
    for (const query of [
      `where[title][equals]=${SECRET}&draft=true`,
      `where[title][like]=Geheime&draft=true`,
      `where[or][0][title][contains]=Geheime&draft=true`,
    ]) {
      expect((await api('GET', `/api/themes?${query}`)).json.totalDocs, query).toBe(0)
    }
    expect((await api('GET', `/api/themes/versions?where[parent][equals]=${id}`)).status).toBe(403)
    expect((await api('GET', `/api/themes/versions/${id}`)).status).toBeGreaterThanOrEqual(403)
  })

  it('a published document does not pull in a draft it points to (depth, populate)', async () => {
    const draftTheme = await api('POST', '/api/themes?draft=true', {
      as: 'editor',
      body: { ...(await validDocument('themes')), title: SECRET, _status: 'draft' },
    })
    expect(draftTheme.status).toBe(201)
    const checklist = { ...(await validDocument('checklists')), items: [{ text: 'Lees dit thema', theme: draftTheme.json.doc.id }] }
    const created = await api('POST', '/api/checklists', { as: 'editor', body: checklist })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    for (const query of ['?depth=2', '?depth=10&draft=true', '?populate[themes][title]=true&depth=1', `?joins=true&depth=3`]) {
      const { status, json } = await api('GET', `/api/checklists/${id}${query}`)
      expect(status, query).toBe(200)
      expect(JSON.stringify(json), query).not.toContain(SECRET)
    }
    const list = await api('GET', `/api/checklists?where[id][equals]=${id}&depth=3&draft=true`)
    expect(JSON.stringify(list.json)).not.toContain(SECRET)
  })
})
