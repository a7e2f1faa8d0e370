// Stands in for scripts/rebuild-sites.ts in the CMS tests: notes which sites the CMS asked to
// rebuild, one line a run, so a test can see that publishing starts the command.
import { appendFileSync } from 'node:fs'

appendFileSync(process.env.REBUILD_LOG, `${process.argv.slice(2).join(' ')}\n`)
