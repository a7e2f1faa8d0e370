/**
 * The consistency check of the incremental publish for the professionals site (the helpers site:
 * incremental-equals-full.int.test.ts): after an incremental publish, every served file equals a
 * full build of the same snapshot, the search index aside, which must answer with the same pages.
 */
import { rmSync } from 'node:fs'
import type { Snapshot } from '@vsp/content-models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { differingFiles, files, fixture, type PublishedBeside, publishBeside, searchAnswers } from './equality-support'

/** One publish with several kinds of change at once, on pages of the professionals site. */
function changed(): Snapshot {
  const s = fixture()
  const plan = s.stappenplannen.find((p) => p.slug === 'nazorg-bij-suicide-op-school')
  const video = s.videos.find((v) => v.slug === 'ervaringsverhaal-buurvrouw')
  const landing = s['landing-pages'].find((p) => p.slug === 'nieuwsbrief-professionals')
  if (!plan || !video || !landing)
    throw new Error(
      'the fixture changed: no stappenplan nazorg-bij-suicide-op-school, video ervaringsverhaal-buurvrouw or landing page nieuwsbrief-professionals',
    )
  plan.phases[0].steps[0].action = 'Leg samen met het team vast wie wat doet bij een calamiteit, en oefen het één keer per jaar.'
  plan.title = 'Nazorg na een suïcide op school'
  video.summary = 'Een buurvrouw vertelt hoe zij hielp na een inbraak bij de buren.'
  s.stappenplannen.push({ ...plan, id: 901, slug: 'nazorg-na-een-ongeval', title: 'Nazorg na een ongeval met een leerling' })
  s.tools = s.tools.filter((t) => !(t.slug === 'quickscan-grensoverschrijdend-gedrag' && t.site === 'professionals'))
  // A landing page's title: its page, its share image (no image: the title on the site's colour) and what links to it.
  landing.title = 'De nieuwsbrief voor professionals in zorg en onderwijs'
  return s
}

describe('incremental publish of the professionals site', () => {
  let published: PublishedBeside

  beforeAll(async () => {
    published = await publishBeside('professionals', changed())
  }, 300_000)
  afterAll(() => published && !process.env.KEEP_TMP && rmSync(published.tmp, { recursive: true, force: true }))

  it('renders only part of the site, and deletes the removed tool', async () => {
    const { plan, reference } = published
    const pages = [...(await files(reference)).keys()].filter((name) => name.endsWith('.html'))
    expect(plan.render.length).toBeLessThan(pages.length)
    expect(plan.render).toContain('/stappenplannen/nazorg-na-een-ongeval/')
    expect(plan.remove).toEqual(['/tools/quickscan-grensoverschrijdend-gedrag/'])
    expect(plan.render).toEqual(expect.arrayContaining(['/lp/nieuwsbrief-professionals/', '/lp/nieuwsbrief-professionals/og.jpg']))
  })

  it('leaves every file as a full build of the same snapshot writes it, but for the search index', async () => {
    expect(await differingFiles(published.served, published.reference)).toEqual([])
  })

  it('answers searches with the same pages as the full build', async () => {
    const queries = ['nazorg', 'ongeval', 'calamiteit', 'oefen', 'quickscan', 'buurvrouw', 'inbraak']
    for (const [query, incremental, full] of await searchAnswers(published.served, published.reference, queries))
      expect(incremental, query).toEqual(full)
  })
})
