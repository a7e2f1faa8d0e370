// Stands in for a site build in cms/test/rebuild-lease.int.test.ts. Like a real build it reads
// the published content when it starts (here: the titles of the test's checklists, anonymously
// over REST from the CMS that runs it), then takes BUILD_MS. It notes JSON lines in REBUILD_LOG:
// one when it starts, and one when it ends with which instance, which sites, start and end (ms)
// and the titles it built. From those the test sees whether two builds of one site overlapped
// and whether every change was built.
import { appendFileSync } from 'node:fs'

const sites = process.argv.slice(2)
const instance = process.env.LEASE_TEST_INSTANCE
const start = Date.now()
appendFileSync(process.env.REBUILD_LOG, `${JSON.stringify({ phase: 'start', instance, sites, start })}\n`)
const query = new URLSearchParams({ 'where[title][contains]': process.env.LEASE_TEST_TITLE, limit: '500', depth: '0' })
const response = await fetch(`${process.env.CMS_URL}/api/checklists?${query}`)
if (!response.ok) throw new Error(`reading the content failed: ${response.status}`)
const titles = (await response.json()).docs.map((doc) => doc.title)
await new Promise((resolve) => setTimeout(resolve, Number(process.env.BUILD_MS ?? 1000)))
const line = { phase: 'end', instance, sites, start, end: Date.now(), titles }
appendFileSync(process.env.REBUILD_LOG, `${JSON.stringify(line)}\n`)
