// Stands in for scripts/rebuild-sites.ts in the CMS tests: notes which sites the CMS asked to
// rebuild, one line a run, so a test can see that publishing starts the command. While the
// file `<REBUILD_LOG>.fail` holds a number above 0, a run counts it down, notes
// "<sites> mislukt" and fails, as a build does when the database is locked.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

const sites = process.argv.slice(2).join(' ')
const failFile = `${process.env.REBUILD_LOG}.fail`
const failures = existsSync(failFile) ? Number(readFileSync(failFile, 'utf8')) : 0
if (failures > 0) {
  writeFileSync(failFile, String(failures - 1))
  appendFileSync(process.env.REBUILD_LOG, `${sites} mislukt\n`)
  process.exit(1)
}
appendFileSync(process.env.REBUILD_LOG, `${sites}\n`)
