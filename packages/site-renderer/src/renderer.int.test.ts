import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureRendererBuild, InvalidSnapshotError, loadRenderer, rendererDir, type SiteRenderer } from './index'

const fixture = (): Snapshot => JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))

function withChecklistTitle(title: string): Snapshot {
  const snapshot = fixture()
  const checklist = snapshot.checklists.find((c) => c.slug === 'woninginbraak')
  if (!checklist) throw new Error('the fixture has no checklist woninginbraak')
  checklist.title = title
  return snapshot
}

describe('the helpers renderer: any page on demand, from the snapshot given', () => {
  let renderer: SiteRenderer
  beforeAll(async () => {
    const build = ensureRendererBuild('helpers', FIXTURE_SNAPSHOT)
    console.log(build.built ? `renderer build of helpers: ${build.seconds.toFixed(1)} s` : 'renderer build of helpers is up to date')
    renderer = await loadRenderer('helpers')
  })

  it('renders a checklist with a changed title, in the site layout with its stylesheet', async () => {
    const { status, html } = await renderer.render('/checklists/woninginbraak/', withChecklistTitle('Wat te doen na een inbraak'))
    expect(status).toBe(200)
    expect(html).toContain('<h1>Wat te doen na een inbraak')
    expect(html).not.toContain('Checklist bij woninginbraak')
    expect(html).toMatch(/<header class="site-header/)
    expect(html).toMatch(/data-quick-exit=/)
    const stylesheet = html.match(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/)?.[1]
    expect(stylesheet).toBeDefined()
    expect(existsSync(path.join(rendererDir('helpers'), 'client', stylesheet as string))).toBe(true)
  })

  it('renders many pages from one snapshot, validated once', async () => {
    const render = await renderer.withSnapshot(withChecklistTitle('Eén keer gecontroleerd'))
    const [checklist, home] = await Promise.all([render('/checklists/woninginbraak/'), render('/')])
    expect(checklist.html).toContain('<h1>Eén keer gecontroleerd')
    expect(home.status).toBe(200)
  })

  it('keeps renders that run at the same time apart', async () => {
    const titles = ['Eerste versie van de titel', 'Tweede versie van de titel', 'Derde versie van de titel']
    const pages = await Promise.all(titles.map((t) => renderer.render('/checklists/woninginbraak/', withChecklistTitle(t))))
    pages.forEach((page, i) => {
      expect(page.html).toContain(titles[i])
      for (const other of titles.filter((_, j) => j !== i)) expect(page.html).not.toContain(other)
    })
  })

  it('renders a landing page share image on demand: a JPEG with the new title', async () => {
    // Two snapshot objects: the renderer validates each object once and keeps the result.
    const [snapshot, changed] = [fixture(), fixture()]
    const page = changed['landing-pages'].find((p) => p.site === 'helpers')
    if (!page) throw new Error('the fixture has no landing page of the helpers site')
    const url = `/lp/${page.slug}/og.jpg`
    const before = await renderer.render(url, snapshot)
    page.seoTitle = 'Een andere titel op het deelbeeld'
    const after = await renderer.render(url, changed)
    expect(after.status).toBe(200)
    expect([...after.body.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect(Buffer.from(after.body).equals(Buffer.from(before.body))).toBe(false)
    expect((await renderer.render('/lp/bestaat-niet/og.jpg', snapshot)).status).toBe(404)
  })

  it('answers an unknown page with the site 404 page, and a page of the other site too', async () => {
    for (const url of ['/checklists/bestaat-niet/', '/stappenplannen/nazorg-bij-suicide-op-school/']) {
      const { status, html } = await renderer.render(url, fixture())
      expect(status).toBe(404)
      expect(html).toContain('<header class="site-header')
    }
  })

  it('refuses an invalid snapshot with the problems, in Dutch', async () => {
    const snapshot = fixture() as unknown as { checklists: Record<string, unknown>[] }
    delete snapshot.checklists[0].title
    await expect(renderer.render('/checklists/woninginbraak/', snapshot)).rejects.toThrow(InvalidSnapshotError)
    await expect(renderer.render('/checklists/woninginbraak/', snapshot)).rejects.toThrow(/ongeldig/)
  })
})
