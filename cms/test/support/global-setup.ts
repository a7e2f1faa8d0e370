import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureAdminBuild, repoRoot, runStep, startMaildev, startService, waitForHttp } from '@vsp/steps'
import { freePort } from './free-port'
import { freshDatabase } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsDataDir: string
    /** '' for the SQLite file in cmsDataDir, or the run's own PostgreSQL database. */
    databaseUrl: string
    rebuildLog: string
    statsUrl: string
    maildevUrl: string
    cmsLog: string
    /** Where cms/test/preview.int.test.ts serves the helpers site with its draft preview. */
    helpersPreviewUrl: string
    /** The same for the professionals site. */
    professionalsPreviewUrl: string
  }
}

/**
 * Seeds a temporary SQLite file and starts the built CMS on a free port, once for all CMS
 * tests. The admin build is shared with `npm start` and rebuilt only when sources changed.
 * With TEST_DATABASE_URL (postgres://, a role that may create databases) the same run goes to
 * a new PostgreSQL database instead, built by the committed migrations and dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
  const postgres = process.env.TEST_DATABASE_URL ? await freshDatabase(process.env.TEST_DATABASE_URL) : undefined
  // Tests start processes of their own (export, site builds, a second CMS): same database.
  process.env.DATABASE_URL = postgres?.url ?? ''
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const statsPort = await freePort()
  // The CMS links its live preview to this site server and lets the admin frame it (cms/src/preview).
  const helpersPreviewUrl = `http://127.0.0.1:${await freePort()}`
  const professionalsPreviewUrl = `http://127.0.0.1:${await freePort()}`
  // Real SMTP: the newsletter mails go to a maildev of the tests' own (cms/test/newsletter*.int.test.ts).
  const maildev = await startMaildev(await freePort(), await freePort(), {
    name: 'maildev-test',
    mailDirectory: path.join(dataDir, 'mail'),
  })
  const env = {
    CMS_DEMO: '1',
    CMS_URL: url,
    CMS_DATA_DIR: dataDir,
    DATABASE_URL: postgres?.url ?? '',
    PAYLOAD_DISABLE_JOBS: '1',
    // Publishing runs this recorder instead of a site build (cms/test/rebuild.int.test.ts).
    SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, path.join(repoRoot, 'cms/test/support/record-rebuild.mjs')]),
    SITE_REBUILD_DELAY_MS: '200',
    SITE_REBUILD_RETRY_MS: '300,600',
    REBUILD_LOG: path.join(dataDir, 'rebuilds.log'),
    // A small tip cap with a short window, so cms/test/island.int.test.ts can reach it.
    ISLAND_TIPS_LIMIT: '8',
    ISLAND_TIPS_WINDOW_MS: '3000',
    // A small cap for the professionals site, reached in cms/test/stats.int.test.ts; helpers keep
    // the default. The window is fixed and starts with the server: an hour, so that the test's
    // burst never straddles two windows (with a minute it did once: 301 accepted, 39 refused).
    // No other CMS test posts professionals page views.
    STATS_PROFESSIONALS_LIMIT: '300',
    STATS_PROFESSIONALS_WINDOW_MS: '3600000',
    STATS_PORT: String(statsPort),
    SMTP_HOST: '',
    SMTP_PORT: String(maildev.smtpPort),
    // A small overall cap with a short window, so cms/test/newsletter-limits.int.test.ts can reach it
    // (one request after another, even on a loaded machine).
    NEWSLETTER_LIMIT: '20',
    NEWSLETTER_WINDOW_MS: '10000',
    HELPERS_PREVIEW_URL: helpersPreviewUrl,
    PROFESSIONALS_PREVIEW_URL: professionalsPreviewUrl,
    // The fuzz test's thousands of expected 4xx answers are not logged as errors (cms/src/lib/quiet-client-errors.ts).
    CMS_QUIET_CLIENT_ERRORS: '1',
  }
  try {
    ensureAdminBuild()
    runStep('seed', 'pnpm', ['exec', 'tsx', 'scripts/seed/index.ts'], { env, mustPrint: /Seed finished/ })
  } catch (error) {
    maildev.child.kill('SIGTERM') // vitest runs no teardown for a setup that failed
    throw error
  }
  const server = startService('cms-test', 'pnpm', ['exec', 'next', 'start', '-p', String(port)], {
    cwd: path.join(repoRoot, 'cms'),
    env,
  })
  // The stats server (page views) writes to the same database, as under `npm start`.
  const stats = startService('stats-test', 'pnpm', ['exec', 'tsx', 'cms/src/stats/serve.ts'], { env })
  // Everything the CMS prints, so a test can check that no e-mail address is logged.
  const cmsLog = path.join(dataDir, 'cms.log')
  for (const stream of [server.stdout, server.stderr]) stream?.on('data', (chunk: Buffer) => fs.appendFileSync(cmsLog, chunk))
  await waitForHttp(`${url}/api/checklists?limit=1`)
  await waitForHttp(`http://127.0.0.1:${statsPort}/health`)
  project.provide('statsUrl', `http://127.0.0.1:${statsPort}`)
  project.provide('cmsUrl', url)
  project.provide('cmsDataDir', dataDir)
  project.provide('databaseUrl', postgres?.url ?? '')
  project.provide('rebuildLog', env.REBUILD_LOG)
  project.provide('maildevUrl', maildev.webUrl)
  project.provide('cmsLog', cmsLog)
  project.provide('helpersPreviewUrl', helpersPreviewUrl)
  project.provide('professionalsPreviewUrl', professionalsPreviewUrl)
  return async () => {
    server.kill('SIGTERM')
    stats.kill('SIGTERM')
    maildev.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    await postgres?.drop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
