/**
 * The consistency check of the incremental publish of the helpers site: the served site after an
 * incremental publish (in two generations: the changed pages and their lists, then the "Lees ook"
 * pages) equals a full build of the same snapshot, file for file. The one allowed difference is
 * the search index: the incremental one is the base index plus a delta file
 * (packages/search, buildSearchDelta), so its files differ by design; it must answer queries with
 * the same pages. The professionals site: incremental-equals-full-professionals.int.test.ts.
 */
import { readFileSync, realpathSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { filePathOf } from '@vsp/site-publish'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { differingFiles, files, fixture, type PublishedBeside, publishBeside, searchAnswers } from './equality-support'

/** One publish with several kinds of change at once. */
function changed(): Snapshot {
  const s = fixture()
  const burglary = s.checklists.find((c) => c.slug === 'woninginbraak')
  const fraud = s.checklists.find((c) => c.slug === 'fraude')
  const theme = s.themes.find((t) => t.site === 'helpers' && t.section === 'goed-voor-uzelf-zorgen')
  const landing = s['landing-pages'].find((p) => p.slug === 'iemand-steunen')
  if (!burglary || !fraud || !theme || !landing)
    throw new Error('the fixture changed: no woninginbraak, fraude, zelfzorg theme or landing page iemand-steunen')
  burglary.items[0].text = 'Vraag of de ander vannacht ergens anders wil slapen, bij u of bij familie.'
  fraud.title = 'Fraude en oplichting: wat u kunt doen'
  theme.summary = 'Helpen is zwaar. Zo zorgt u ook voor uzelf, en houdt u het vol.'
  s.checklists.push({ ...fraud, id: 900, slug: 'phishing', title: 'Phishing: nepberichten van de bank' })
  s.tools = s.tools.filter((t) => t.slug !== 'start-een-steungroep')
  // A landing page: its page and its share image (made from the hero's image and the SEO title).
  landing.seoTitle = 'Zo helpt u iemand na een misdrijf'
  return s
}

const TITLE = 'Fraude en oplichting: wat u kunt doen'

describe('incremental publish of the helpers site', () => {
  let published: PublishedBeside
  let firstPhase: { fraude: string; later: Record<string, string> } | undefined

  beforeAll(async () => {
    published = await publishBeside('helpers', changed(), (served, plan) => {
      // between the two generations: the changed page is live, a page that only links to it not yet
      firstPhase = { fraude: readFileSync(path.join(served, 'checklists/fraude/index.html'), 'utf8'), later: {} }
      for (const url of plan.later) firstPhase.later[url] = readFileSync(path.join(served, filePathOf(url)), 'utf8')
    })
  }, 300_000)
  afterAll(() => published && !process.env.KEEP_TMP && rmSync(published.tmp, { recursive: true, force: true }))

  it('renders only part of the site', async () => {
    const { plan, reference } = published
    const pages = [...(await files(reference)).keys()].filter((name) => name.endsWith('.html'))
    expect(plan.render.length).toBeLessThan(pages.length)
    // Pages that show none of the changed documents stay as they are.
    for (const untouched of [
      '/videos/ervaringsverhaal-buurvrouw/',
      '/cursus/in-8-stappen-beter-helpen/1/',
      '/tools/zelfscan-tijdsbesteding/',
    ])
      expect(plan.render).not.toContain(untouched)
    expect(plan.remove).toEqual(['/tools/start-een-steungroep/'])
    expect(plan.render).toEqual(expect.arrayContaining(['/lp/iemand-steunen/', '/lp/iemand-steunen/og.jpg']))
  })

  it('puts the changed page live first, and the pages that only link to it ("Lees ook") in a second generation', () => {
    const { plan, served } = published
    expect(plan.later.length).toBeGreaterThan(0)
    expect(plan.later).not.toContain('/checklists/fraude/')
    expect(firstPhase?.fraude).toContain(TITLE)
    const linking = plan.later.filter((url) => readFileSync(path.join(served, filePathOf(url)), 'utf8').includes(TITLE))
    expect(linking.length).toBeGreaterThan(0)
    for (const url of linking) expect(firstPhase?.later[url], url).not.toContain(TITLE)
  })

  it('leaves every file as a full build of the same snapshot writes it, but for the search index', async () => {
    expect(await differingFiles(published.served, published.reference)).toEqual([])
  })

  it('left the generation visitors were served untouched (hard links were replaced, never written through)', () => {
    const { previous, served } = published
    expect(realpathSync(served)).not.toBe(previous)
    const page = readFileSync(path.join(previous, 'checklists/fraude/index.html'), 'utf8')
    expect(page).toContain('Fraude')
    expect(page).not.toContain(TITLE)
    expect(readFileSync(path.join(served, 'checklists/fraude/index.html'), 'utf8')).toContain(TITLE)
  })

  it('answers searches with the same pages as the full build', async () => {
    const queries = ['phishing', 'oplichting', 'slapen', 'zelfzorg', 'steungroep', 'inbraak', 'aangifte']
    for (const [query, incremental, full] of await searchAnswers(published.served, published.reference, queries))
      expect(incremental, query).toEqual(full)
  })
})
