import { describe, expect, it } from 'vitest'
import { DELICTS } from '@vsp/content-models'
import { api } from './support/api'

// The contract of the foundation issue: anonymous REST reads of the seeded, published content.
const minimum: Record<string, number> = {
  checklists: 10,
  themes: 40,
  stappenplannen: 3,
  videos: 6,
  courses: 2,
  'course-modules': 5,
  organisations: 12,
  tools: 5,
  'helper-tips': 6,
}

describe('seeded content over REST without login', () => {
  it.each(Object.entries(minimum))('%s has at least %i published documents', async (collection, count) => {
    const { status, json } = await api('GET', `/api/${collection}?limit=0`)
    expect(status).toBe(200)
    expect(json.totalDocs).toBeGreaterThanOrEqual(count)
    expect(json.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
  })

  it('every checklist delict is covered, with at least six items each', async () => {
    const { json } = await api('GET', '/api/checklists?limit=0&depth=0')
    // The seeded checklist of a delict has the delict as its slug; other tests add their own.
    const seeded = json.docs.filter((d: { slug: string }) => (DELICTS as readonly string[]).includes(d.slug))
    expect(new Set(seeded.map((d: { delict: string }) => d.delict)).size).toBe(DELICTS.length)
    for (const doc of seeded) expect(doc.items.length, doc.slug).toBeGreaterThanOrEqual(6)
  })

  it('site settings carry the service line and the advieslijn', async () => {
    const { json } = await api('GET', '/api/globals/site-settings')
    expect(json.serviceLine.phone).toMatch(/\d/)
    expect(json.advieslijn.phone).toMatch(/\d/)
  })

  it('the admin answers at /admin', async () => {
    const { inject } = await import('vitest')
    const response = await fetch(`${inject('cmsUrl')}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })
})

describe('media', () => {
  it('posters have alt text and responsive WebP sizes made with sharp', async () => {
    const { inject } = await import('vitest')
    const { login } = await import('./support/api')
    // The seed's posters, not images other test files uploaded.
    const { json } = await api('GET', '/api/media?limit=1&where[filename][like]=poster-', { as: 'editor' })
    const poster = json.docs[0]
    expect(poster.alt.length).toBeGreaterThan(5)
    const authorization = `JWT ${await login('editor')}`
    for (const size of ['small', 'medium', 'large']) {
      expect(poster.sizes[size].mimeType).toBe('image/webp')
      const file = await fetch(`${inject('cmsUrl')}${poster.sizes[size].url}`, { headers: { authorization } })
      expect(file.status).toBe(200)
    }
  })
})
