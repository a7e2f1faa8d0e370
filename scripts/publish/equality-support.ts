/**
 * What the incremental-equals-full tests share (one per site): the site built from the fixture,
 * a full build of the changed snapshot beside it, the incremental publish of the change onto the
 * first, and the comparison of every file. The search index is the one allowed difference: the
 * incremental one is the base index plus a delta file by design, compared by its answers.
 */
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { formatSnapshotProblems, type SiteName, type Snapshot, validateSnapshot } from '@vsp/content-models'
import { searchInMemory } from '@vsp/search'
import { planPublish, type PublishPlan } from '@vsp/site-publish'
import { ensureRendererBuild, loadRenderer } from '@vsp/site-renderer'
import { buildSiteOrThrow, FIXTURE_MEDIA, FIXTURE_SNAPSHOT } from '@vsp/test-support'
import { walkFiles } from './generations'
import { renderWith, writePlan } from './publish-site'
import { builtFromFile, readServedSite } from './served-site'

export const fixture = (): Snapshot => JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))

function validated(snapshot: Snapshot): Snapshot {
  const result = validateSnapshot(snapshot)
  if (!result.ok) throw new Error(formatSnapshotProblems(result.problems))
  return result.snapshot
}

export async function files(dir: string): Promise<Map<string, Buffer>> {
  const map = new Map<string, Buffer>()
  for (const file of await walkFiles(dir)) map.set(file, await readFile(path.join(dir, file)))
  return map
}

export interface PublishedBeside {
  tmp: string
  /** the served folder, after the incremental publish */
  served: string
  /** a full build of the same snapshot */
  reference: string
  plan: Extract<PublishPlan, { kind: 'pages' }>
  /** the generation served before the publish */
  previous: string
}

/** Builds the fixture site, a full build of `after` beside it, and publishes `after` onto the first the incremental way. */
export async function publishBeside(
  site: SiteName,
  changed: Snapshot,
  /** runs between the two generations of a publish in two */
  onLive?: (served: string, plan: PublishedBeside['plan']) => void,
): Promise<PublishedBeside> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `incremental-${site}-`))
  const served = path.join(tmp, 'dist')
  const reference = path.join(tmp, 'full')
  // As the worker does: what it is sent is validated once, and that is what it renders from and
  // keeps beside the served folder (zod orders the keys and drops unknown ones).
  const after = validated(changed)
  const afterFile = path.join(tmp, 'after.json')
  writeFileSync(afterFile, JSON.stringify(after))
  await buildSiteOrThrow(site, served)
  writeFileSync(builtFromFile(served), JSON.stringify(validated(fixture())))
  await buildSiteOrThrow(site, reference, { CONTENT_SNAPSHOT: afterFile })
  // The renderer reads the images' folder at render time, as the build does.
  process.env.MEDIA_DIR = FIXTURE_MEDIA
  ensureRendererBuild(site, FIXTURE_SNAPSHOT)
  const render = renderWith(await loadRenderer(site))
  const state = await readServedSite(site, served)
  const plan = planPublish(state.snapshot, after, site, state.links)
  if (plan.kind !== 'pages') throw new Error(`expected an incremental plan, got a full build: ${plan.reason}`)
  const previous = realpathSync(served)
  await writePlan(state, plan, after, render, { onLive: () => onLive?.(served, plan) })
  if (process.env.KEEP_TMP) console.log(tmp, JSON.stringify(plan))
  return { tmp, served, reference, plan, previous }
}

/** The files (search index aside) whose bytes differ between the two folders, or that only one has. */
export async function differingFiles(a: string, b: string): Promise<string[]> {
  const [one, other] = await Promise.all([files(a), files(b)])
  const names = [...new Set([...one.keys(), ...other.keys()])].filter((name) => !name.startsWith('search/')).sort()
  return names.filter((name) => !one.get(name)?.equals(other.get(name) ?? Buffer.alloc(0)))
}

const searchFiles = async (dir: string) =>
  new Map(
    [...(await files(dir))]
      .filter(([name]) => name.startsWith('search/') && name.endsWith('.json'))
      .map(([name, b]) => [name.slice(7), b.toString('utf8')]),
  )

/** For each query, the pages each folder's search index answers (sorted), as [query, a, b]. */
export async function searchAnswers(a: string, b: string, queries: string[]): Promise<[string, string[], string[]][]> {
  const [one, other] = await Promise.all([searchFiles(a), searchFiles(b)])
  const urls = async (index: Map<string, string>, query: string) =>
    (await searchInMemory(index, query, { limit: 50 })).map((r) => r.url).sort()
  return Promise.all(
    queries.map(async (query) => [query, await urls(one, query), await urls(other, query)] as [string, string[], string[]]),
  )
}
