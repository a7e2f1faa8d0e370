import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { repoRoot, waitForHttp } from '@vsp/steps'
import { freePort } from './free-port'

export interface SecondCms {
  url: string
  process: ChildProcess
  /** Kills the server's whole process group with this signal and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>
}

/**
 * Another real CMS (`next start`, the test build) on its own data folder, for the tests that
 * kill, restart or restore one without touching the shared test server.
 */
export async function startSecondCms(dataDir: string, env: Record<string, string> = {}): Promise<SecondCms> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(repoRoot, 'cms/node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: path.join(repoRoot, 'cms'),
    env: {
      ...process.env,
      CMS_DEMO: '1',
      CMS_URL: url,
      CMS_DATA_DIR: dataDir,
      DATABASE_URL: '',
      PAYLOAD_DISABLE_JOBS: '1',
      SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, '-e', '']),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  try {
    await waitForHttp(`${url}/api/health`, 90_000)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${output}`)
  }
  return {
    url,
    process: child,
    async kill(signal = 'SIGTERM') {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // already gone
      }
      await exited
    },
  }
}
