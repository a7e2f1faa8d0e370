import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureAdminBuild } from '../../../scripts/lib/admin-build'
import { repoRoot, runStep, startService, waitForHttp } from '../../../scripts/lib/steps'
import { freePort } from './free-port'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsDataDir: string
    rebuildLog: string
  }
}

/**
 * Seeds a temporary SQLite file and starts the built CMS on a free port, once for all CMS
 * tests. The admin build is shared with `npm start` and rebuilt only when sources changed.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-test-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = {
    CMS_DEMO: '1',
    CMS_URL: url,
    CMS_DATA_DIR: dataDir,
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? '',
    PAYLOAD_DISABLE_JOBS: '1',
    // Publishing runs this recorder instead of a site build (cms/test/rebuild.int.test.ts).
    SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, path.join(repoRoot, 'cms/test/support/record-rebuild.mjs')]),
    SITE_REBUILD_DELAY_MS: '200',
    SITE_REBUILD_RETRY_MS: '300,600',
    REBUILD_LOG: path.join(dataDir, 'rebuilds.log'),
    // A small tip cap with a short window, so cms/test/island.int.test.ts can reach it.
    ISLAND_TIPS_LIMIT: '8',
    ISLAND_TIPS_WINDOW_MS: '3000',
  }
  ensureAdminBuild()
  runStep('seed', 'pnpm', ['exec', 'tsx', 'scripts/seed/index.ts'], { env, mustPrint: /Seed finished/ })
  const server = startService('cms-test', 'pnpm', ['exec', 'next', 'start', '-p', String(port)], {
    cwd: path.join(repoRoot, 'cms'),
    env,
  })
  await waitForHttp(`${url}/api/checklists?limit=1`)
  project.provide('cmsUrl', url)
  project.provide('cmsDataDir', dataDir)
  project.provide('rebuildLog', env.REBUILD_LOG)
  return async () => {
    server.kill('SIGTERM')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
