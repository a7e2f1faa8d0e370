import { describe, expect, inject, it } from 'vitest'
import { api, login, type Who } from './support/api'
import { validDocument } from './support/fixtures'

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)
const owner = `Testteam ${Date.now().toString(36)}`

async function themeWith(title: string, review: Record<string, unknown>) {
  const body = { ...(await validDocument('themes')), title, review: { owner, ...review } }
  const created = await api('POST', '/api/themes', { as: 'editor', body })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  return created.json.doc.id as number
}

type Due = { owner: string; documents: { collection: string; id: number; title: string; reason: string; dueOn: string | null }[] }

describe('GET /api/reviews-due: what is past its review date, per owner', async () => {
  const overdue = await themeWith('Verlopen controle', { status: 'verified', lastChecked: daysAgo(730), reviewIntervalMonths: 12 })
  const never = await themeWith('Nooit gecontroleerd', { status: 'unverified' })
  await themeWith('Net gecontroleerd', { status: 'verified', lastChecked: daysAgo(0), reviewIntervalMonths: 12 })
  await themeWith('Lange termijn', { status: 'partly', lastChecked: daysAgo(400), reviewIntervalMonths: 24 })

  it('lists exactly the overdue and never-checked documents under their owner', async () => {
    const { status, json } = await api('GET', '/api/reviews-due', { as: 'editor' })
    expect(status).toBe(200)
    const group = (json.owners as Due[]).find((o) => o.owner === owner)!
    expect(group.documents.map((d) => [d.collection, d.id, d.title, d.reason])).toEqual([
      ['themes', overdue, 'Verlopen controle', 'overdue'],
      ['themes', never, 'Nooit gecontroleerd', 'never'],
    ])
    expect(group.documents[0].dueOn! < json.today).toBe(true)
  })

  it('agrees with the seeded review dates: an organisation is listed only once its date has passed', async () => {
    const { json } = await api('GET', '/api/reviews-due', { as: 'admin' })
    const listed = new Set(
      (json.owners as Due[]).flatMap((o) => o.documents.filter((d) => d.collection === 'organisations').map((d) => d.id)),
    )
    const orgs = await api('GET', '/api/organisations?limit=0&depth=0', { as: 'admin' })
    expect(orgs.json.docs.length).toBeGreaterThan(10)
    for (const org of orgs.json.docs) {
      const due = new Date(org.review.lastChecked)
      due.setUTCMonth(due.getUTCMonth() + org.review.reviewIntervalMonths)
      expect(listed.has(org.id), org.slug).toBe(due.toISOString().slice(0, 10) < json.today)
    }
    // Seeded pages nobody checked yet are listed as never checked, under their editorial team.
    const helpers = (json.owners as Due[]).find((o) => o.owner === 'Redactie helpers')!
    expect(helpers.documents.some((d) => d.reason === 'never')).toBe(true)
  })

  // CWE-862 (missing authorization): the list names owners and unchecked content; staff only.
  it.each<[Who, number]>([
    ['anonymous', 401],
    ['marketer', 200],
    ['editor', 200],
    ['admin', 200],
  ])('as %s answers %i', async (who, expected) => {
    const response = await api('GET', '/api/reviews-due', { as: who })
    expect(response.status).toBe(expected)
    if (expected !== 200) expect(response.json.owners).toBeUndefined()
  })
})

describe('the review record in the CMS', () => {
  // CWE-200: owners, sources and notes are internal; visitors (and the snapshot) see only the dates.
  it('shows visitors the status and dates, not the owner, sources or notes', async () => {
    const id = await themeWith('Met bronnen', {
      status: 'partly',
      lastChecked: daysAgo(1),
      note: 'Intern: tarief nog nagaan',
      sources: [{ url: 'https://www.juridischloket.nl/', supports: 'Belkosten', verified: true }],
    })
    const visitor = await api('GET', `/api/themes/${id}?depth=0`)
    expect(visitor.status).toBe(200)
    expect(visitor.json.review).toMatchObject({ status: 'partly', lastChecked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) })
    expect(visitor.json.review.owner).toBeUndefined()
    expect(visitor.json.review.note).toBeUndefined()
    expect(visitor.json.review.sources ?? []).toEqual([])
    const editor = await api('GET', `/api/themes/${id}?depth=0`, { as: 'editor' })
    expect(editor.json.review).toMatchObject({
      owner,
      note: 'Intern: tarief nog nagaan',
      sources: [{ url: 'https://www.juridischloket.nl/', verified: true }],
    })
  })

  it('refuses "Gecontroleerd" without a date, in Dutch, naming the field', async () => {
    const body = { ...(await validDocument('themes')), review: { owner, status: 'verified' } }
    const response = await api('POST', '/api/themes', { as: 'editor', body })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('veld \\"Laatst gecontroleerd\\"')
  })
})

describe('admin view "Te controleren"', () => {
  it('shows a signed-in editor the list per owner, linked to the documents', async () => {
    const id = await themeWith('Verlopen, in de admin', { status: 'verified', lastChecked: daysAgo(800), reviewIntervalMonths: 12 })
    const response = await fetch(`${inject('cmsUrl')}/admin/te-controleren`, {
      headers: { cookie: `payload-token=${await login('editor')}`, 'sec-fetch-site': 'same-origin' },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<h1>Te controleren</h1>')
    expect(html).toContain(`data-owner="${owner}"`)
    expect(html).toContain(`href="/admin/collections/themes/${id}"`)
    expect(html).toMatch(/Had gecontroleerd moeten zijn op \d{1,2} [a-z]+ \d{4}/)
  })

  it('sends a visitor who is not signed in to the login page, without the list', async () => {
    const response = await fetch(`${inject('cmsUrl')}/admin/te-controleren`, { redirect: 'manual' })
    const html = await response.text()
    // The admin page is streamed, so Next sends the redirect in the page (the admin needs
    // JavaScript anyway) rather than as a 307; either way no list is rendered.
    const target = response.status === 200 ? /NEXT_REDIRECT;replace;([^;]+);30\d;/.exec(html)?.[1] : response.headers.get('location')
    expect(target, `${response.status} ${html.slice(0, 300)}`).toContain('/admin/login')
    expect(html).not.toContain(owner)
    expect(html).not.toContain('<h1>Te controleren</h1>')
  })
})
