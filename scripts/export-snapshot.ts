/**
 * Writes the published content to a JSON snapshot the sites can build from without a running
 * CMS: `pnpm exec tsx scripts/export-snapshot.ts [out.json]` (default cms/data/snapshot.json).
 * The snapshot is validated with the content-models schemas before it is written.
 */
import fs from 'node:fs'
import path from 'node:path'
import { getPublishedContent } from '@vsp/cms'
import { formatSnapshotProblems, validateSnapshot } from '@vsp/content-models'
import { repoRoot } from '@vsp/steps'

const out = path.resolve(process.argv[2] ?? process.env.CONTENT_SNAPSHOT ?? path.join(repoRoot, 'cms/data/snapshot.json'))
const content = await getPublishedContent()
const result = validateSnapshot(content)
if (!result.ok) {
  console.error(`The published content does not match the content models:\n${formatSnapshotProblems(result.problems)}`)
  process.exit(1)
}
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, JSON.stringify(result.snapshot))
const counts = Object.entries(result.snapshot)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
console.log(`Snapshot written: ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB; ${counts.join(', ')})`)
process.exit(0)
