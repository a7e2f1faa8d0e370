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

/** A server process of the test build in its own process group, once `health` answers. */
async function startServer(argv: string[], health: string, env: Record<string, string>): Promise<ChildProcess & { exited: Promise<void> }> {
  const child = spawn(argv[0], argv.slice(1), {
    cwd: path.join(repoRoot, 'cms'),
    env: { ...process.env, CMS_DEMO: '1', DATABASE_URL: '', PAYLOAD_DISABLE_JOBS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  try {
    await waitForHttp(health, 90_000)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${output}`)
  }
  return Object.assign(child, { exited })
}

function handle(url: string, child: ChildProcess & { exited: Promise<void> }): SecondCms {
  return {
    url,
    process: child,
    async kill(signal = 'SIGTERM') {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // already gone
      }
      await child.exited
    },
  }
}

/**
 * Another real CMS (`next start`, the test build) on its own data folder, for the tests that
 * kill, restart or restore one without touching the shared test server.
 */
export async function startSecondCms(dataDir: string, env: Record<string, string> = {}): Promise<SecondCms> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const argv = [process.execPath, path.join(repoRoot, 'cms/node_modules/next/dist/bin/next'), 'start', '-p', String(port)]
  const noBuild = JSON.stringify([process.execPath, '-e', ''])
  return handle(
    url,
    await startServer(argv, `${url}/api/health`, { CMS_URL: url, CMS_DATA_DIR: dataDir, SITE_REBUILD_COMMAND: noBuild, ...env }),
  )
}

/** The stats server process (`cms/src/stats/serve.ts`, as `npm start` runs it) on a data folder. */
export async function startStatsServer(dataDir: string, env: Record<string, string> = {}): Promise<SecondCms> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const argv = [path.join(repoRoot, 'node_modules/.bin/tsx'), 'src/stats/serve.ts']
  return handle(url, await startServer(argv, `${url}/health`, { CMS_DATA_DIR: dataDir, STATS_PORT: String(port), ...env }))
}
