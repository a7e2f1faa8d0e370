import { describe, expect, it } from 'vitest'
import { api } from './support/api'
import { validDocument } from './support/fixtures'

type FieldError = { path: string; message: string }
const errorsOf = (json: any): FieldError[] => json?.errors?.flatMap((e: any) => e.data?.errors ?? []) ?? []

async function refused(collection: string, body: Record<string, unknown>) {
  const response = await api('POST', `/api/${collection}`, { as: 'editor', body })
  expect(response.status).toBe(400)
  return errorsOf(response.json)
}

describe('validation messages an editor understands', () => {
  it('a checklist without a delict names the field', async () => {
    const { delict: _, ...body } = await validDocument('checklists')
    const errors = await refused('checklists', body)
    expect(errors).toContainEqual({ path: 'delict', label: 'Delict', message: expect.stringContaining('Kies bij welk delict') })
  })

  it('a stappenplan step without an action names the step', async () => {
    const body = await validDocument('stappenplannen')
    body.phases = [{ phase: 'nafase', steps: [{ title: 'Evalueer', who: 'Directie' }] }]
    const errors = await refused('stappenplannen', body)
    expect(errors.map((e) => e.path)).toContain('phases.0.steps.0.action')
    expect(errors.find((e) => e.path === 'phases.0.steps.0.action')?.message).toMatch(/wat er moet gebeuren.*"Actie"/)
  })

  it('a landing page button with a javascript: link is refused, naming the field (CWE-79)', async () => {
    const body = { ...(await validDocument('landing-pages')), blocks: [{ blockType: 'cta', label: 'Klik', href: 'javascript:alert(1)' }] }
    const errors = await refused('landing-pages', body)
    expect(errors.find((e) => e.path === 'blocks.0.href')?.message).toMatch(/^Veld "Link": /)
  })

  it('a marketer publishes a landing page with every kind of block (issue 12)', async () => {
    const video = await api('GET', '/api/videos?limit=1&depth=0&where[site][in]=professionals,both', { as: 'marketer' })
    const tool = await api('GET', '/api/tools?limit=1&depth=0&where[site][equals]=professionals', { as: 'marketer' })
    const theme = await api('GET', '/api/themes?limit=1&depth=0&where[slug][equals]=nieuwsbrief', { as: 'marketer' })
    const body = {
      ...(await validDocument('landing-pages')),
      seoTitle: 'Zes keer per jaar',
      seoDescription: 'De nieuwsbrief voor professionals.',
      blocks: [
        { blockType: 'hero', heading: 'Blijf op de hoogte' },
        { blockType: 'video', video: video.json.docs[0].id },
        { blockType: 'testimonial', quote: 'Kort en praktisch.', who: 'Docent' },
        { blockType: 'toolTeaser', tool: tool.json.docs[0].id },
        { blockType: 'newsletter', heading: 'Meld u aan' },
        { blockType: 'related', items: [{ relationTo: 'themes', value: theme.json.docs[0].id }] },
      ],
    }
    const created = await api('POST', '/api/landing-pages', { as: 'marketer', body })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    expect(created.json.doc.blocks.map((b: { blockType: string }) => b.blockType)).toEqual([
      'hero',
      'video',
      'testimonial',
      'toolTeaser',
      'newsletter',
      'related',
    ])
    // Without its tool the teaser cannot be published.
    const errors = await refused('landing-pages', { ...body, blocks: [{ blockType: 'toolTeaser' }] })
    expect(errors.find((e) => e.path === 'blocks.0.tool')?.message).toBe('Kies een tool (veld "Tool").')
  })

  it('a video without transcript is refused', async () => {
    const body = await validDocument('videos')
    body.transcript = '   '
    const errors = await refused('videos', body)
    expect(errors.find((e) => e.path === 'transcript')?.message).toMatch(/volledig transcript/)
  })

  it('a duplicate slug on the same site is refused, on the other site it is fine', async () => {
    const first = await validDocument('themes')
    expect((await api('POST', '/api/themes', { as: 'editor', body: first })).status).toBe(201)
    const errors = await refused('themes', { ...(await validDocument('themes')), slug: first.slug })
    expect(errors.find((e) => e.path === 'slug')?.message).toMatch(/wordt al gebruikt door "Testdocument/)
    const otherSite = { ...(await validDocument('themes')), slug: first.slug, site: 'professionals', section: 'sector' }
    expect((await api('POST', '/api/themes', { as: 'editor', body: otherSite })).status).toBe(201)
    // "both" clashes with either site.
    const both = { ...(await validDocument('themes')), slug: first.slug, site: 'both' }
    expect((await refused('themes', both)).map((e) => e.path)).toContain('slug')
  })

  it('a seeded slug cannot be taken twice (seed content is checked too)', async () => {
    const errors = await refused('checklists', { ...(await validDocument('checklists')), slug: 'woninginbraak' })
    expect(errors.map((e) => e.path)).toContain('slug')
  })

  it('the slug is made from the title when left empty', async () => {
    const body = { ...(await validDocument('themes')), title: 'Nazorg bij suïcide & rouw', slug: undefined }
    const response = await api('POST', '/api/themes', { as: 'editor', body })
    expect(response.status).toBe(201)
    expect(response.json.doc.slug).toBe('nazorg-bij-suicide-en-rouw')
  })

  it('media without alt text is refused', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ caption: 'zonder alt' }))
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
    form.append('file', new Blob([png], { type: 'image/png' }), 'pixel.png')
    const { inject } = await import('vitest')
    const { login } = await import('./support/api')
    const response = await fetch(`${inject('cmsUrl')}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${await login('editor')}` },
      body: form,
    })
    expect(response.status).toBe(400)
    expect(errorsOf(await response.json()).find((e) => e.path === 'alt')?.message).toMatch(/Beschrijf wat er op de afbeelding staat/)
  })

  it('drafts may be incomplete: validation runs when publishing', async () => {
    const response = await api('POST', '/api/checklists?draft=true', {
      as: 'editor',
      body: { title: 'Half af', site: 'helpers', _status: 'draft' },
    })
    expect(response.status).toBe(201)
    const publish = await api('PATCH', `/api/checklists/${response.json.doc.id}`, { as: 'editor', body: { _status: 'published' } })
    expect(publish.status).toBe(400)
    expect(errorsOf(publish.json).map((e) => e.path)).toEqual(expect.arrayContaining(['delict', 'items']))
  })
})
