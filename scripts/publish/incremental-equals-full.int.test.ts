/**
 * The consistency check of the incremental publish: the served site after an incremental publish
 * equals a full build of the same snapshot, file for file. The one allowed difference is the
 * search index: the incremental one is the base index plus a delta file (packages/search,
 * buildSearchDelta), so its files differ by design; it must answer queries with the same pages.
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { searchInMemory } from '@vsp/search'
import { ensureRendererBuild, loadRenderer } from '@vsp/site-renderer'
import { filePathOf, planPublish } from '@vsp/site-publish'
import { buildSiteOrThrow, FIXTURE_MEDIA, FIXTURE_SNAPSHOT } from '@vsp/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { walkFiles } from './generations'
import { builtFromFile, readServedSite } from './served-site'
import { renderWith, writePlan } from './publish-site'

const fixture = (): Snapshot => JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))

/** One publish with several kinds of change at once. */
function changed(): Snapshot {
  const s = fixture()
  const burglary = s.checklists.find((c) => c.slug === 'woninginbraak')
  const fraud = s.checklists.find((c) => c.slug === 'fraude')
  const theme = s.themes.find((t) => t.site === 'helpers' && t.section === 'goed-voor-uzelf-zorgen')
  if (!burglary || !fraud || !theme) throw new Error('the fixture changed: no woninginbraak, fraude or zelfzorg theme')
  burglary.items[0].text = 'Vraag of de ander vannacht ergens anders wil slapen, bij u of bij familie.'
  fraud.title = 'Fraude en oplichting: wat u kunt doen'
  theme.summary = 'Helpen is zwaar. Zo zorgt u ook voor uzelf, en houdt u het vol.'
  s.checklists.push({ ...fraud, id: 900, slug: 'phishing', title: 'Phishing: nepberichten van de bank' })
  s.tools = s.tools.filter((t) => t.slug !== 'start-een-steungroep')
  return s
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const map = new Map<string, Buffer>()
  for (const file of await walkFiles(dir)) map.set(file, await readFile(path.join(dir, file)))
  return map
}

const searchFiles = (all: Map<string, Buffer>) =>
  new Map(
    [...all]
      .filter(([name]) => name.startsWith('search/') && name.endsWith('.json'))
      .map(([name, b]) => [name.slice(7), b.toString('utf8')]),
  )

describe('incremental publish of the helpers site', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'incremental-'))
  const served = path.join(tmp, 'dist')
  const reference = path.join(tmp, 'full')
  const after = changed()
  let plan: ReturnType<typeof planPublish>
  let previous = ''
  let firstPhase: { fraude: string; later: Record<string, string> } | undefined

  beforeAll(async () => {
    const afterFile = path.join(tmp, 'after.json')
    writeFileSync(afterFile, JSON.stringify(after))
    await buildSiteOrThrow('helpers', served)
    writeFileSync(builtFromFile(served), readFileSync(FIXTURE_SNAPSHOT))
    await buildSiteOrThrow('helpers', reference, { CONTENT_SNAPSHOT: afterFile })
    // The renderer reads the images' folder at render time, as the build does.
    process.env.MEDIA_DIR = FIXTURE_MEDIA
    ensureRendererBuild('helpers', FIXTURE_SNAPSHOT)
    const render = renderWith(await loadRenderer('helpers'))
    const state = await readServedSite('helpers', served)
    plan = planPublish(state.snapshot, after, 'helpers', state.links)
    if (plan.kind !== 'pages') throw new Error(`expected an incremental plan, got a full build: ${plan.reason}`)
    previous = realpathSync(served)
    await writePlan(state, plan, after, render, {
      onLive: () => {
        if (plan.kind !== 'pages') return
        // between the two generations: the changed page is live, a page that only links to it not yet
        firstPhase = { fraude: readFileSync(path.join(served, 'checklists/fraude/index.html'), 'utf8'), later: {} }
        for (const url of plan.later) firstPhase.later[url] = readFileSync(path.join(served, filePathOf(url)), 'utf8')
      },
    })
    if (process.env.KEEP_TMP) console.log(JSON.stringify(plan))
  }, 300_000)
  afterAll(() => (process.env.KEEP_TMP ? console.log(tmp) : rmSync(tmp, { recursive: true, force: true })))

  it('renders only part of the site', async () => {
    const pages = [...(await files(reference)).keys()].filter((name) => name.endsWith('.html'))
    if (plan.kind !== 'pages') throw new Error('no plan')
    expect(plan.render.length).toBeLessThan(pages.length)
    // Pages that show none of the changed documents stay as they are.
    for (const untouched of [
      '/videos/ervaringsverhaal-buurvrouw/',
      '/cursus/in-8-stappen-beter-helpen/1/',
      '/tools/zelfscan-tijdsbesteding/',
    ])
      expect(plan.render).not.toContain(untouched)
    expect(plan.remove).toEqual(['/tools/start-een-steungroep/'])
  })

  it('puts the changed page live first, and the pages that only link to it ("Lees ook") in a second generation', () => {
    if (plan.kind !== 'pages') throw new Error('no plan')
    expect(plan.later.length).toBeGreaterThan(0)
    expect(plan.later).not.toContain('/checklists/fraude/')
    const title = 'Fraude en oplichting: wat u kunt doen'
    expect(firstPhase?.fraude).toContain(title)
    const linking = plan.later.filter((url) => readFileSync(path.join(served, filePathOf(url)), 'utf8').includes(title))
    expect(linking.length).toBeGreaterThan(0)
    for (const url of linking) expect(firstPhase?.later[url], url).not.toContain(title)
  })

  it('leaves every file as a full build of the same snapshot writes it, but for the search index', async () => {
    const [incremental, full] = await Promise.all([files(served), files(reference)])
    const names = [...new Set([...incremental.keys(), ...full.keys()])].filter((name) => !name.startsWith('search/')).sort()
    const differences = names.filter((name) => !incremental.get(name)?.equals(full.get(name) ?? Buffer.alloc(0)))
    expect(differences).toEqual([])
  })

  it('left the generation visitors were served untouched (hard links were replaced, never written through)', () => {
    expect(realpathSync(served)).not.toBe(previous)
    const page = readFileSync(path.join(previous, 'checklists/fraude/index.html'), 'utf8')
    expect(page).toContain('Fraude')
    expect(page).not.toContain('Fraude en oplichting: wat u kunt doen')
    expect(readFileSync(path.join(served, 'checklists/fraude/index.html'), 'utf8')).toContain('Fraude en oplichting: wat u kunt doen')
  })

  it('answers searches with the same pages as the full build', async () => {
    const [incremental, full] = await Promise.all([files(served), files(reference)])
    for (const query of ['phishing', 'oplichting', 'slapen', 'zelfzorg', 'steungroep', 'inbraak', 'aangifte']) {
      const urls = async (index: Map<string, string>) => (await searchInMemory(index, query, { limit: 50 })).map((r) => r.url).sort()
      expect(await urls(searchFiles(incremental)), query).toEqual(await urls(searchFiles(full)))
    }
  })
})
