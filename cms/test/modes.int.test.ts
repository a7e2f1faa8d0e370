import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'vitest'
import { repoRoot } from '@vsp/steps'
import { freePort } from './support/free-port'

/** The environment of a production start: no demo flag, not under vitest. */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  for (const name of ['CMS_DEMO', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'PAYLOAD_SECRET']) delete env[name]
  return { ...env, ...extra }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs = 120_000) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

// CWE-798/CWE-1391: a missing or well-known secret lets anyone forge an admin's login token.
// The four are independent processes (own folders and ports), started at once: each loads Next
// or Payload on one core, and the test CMS sits idle meanwhile.
describe.concurrent('outside demo mode', () => {
  it.for([
    ['missing', {}, /PAYLOAD_SECRET ontbreekt/],
    ['a template default', { PAYLOAD_SECRET: 'YOUR_SECRET_HERE' }, /standaardwaarde/],
    ['too short', { PAYLOAD_SECRET: 'geheim-2026' }, /te kort/],
  ] as const)('the CMS refuses to start with a %s secret and says what to set', async ([, extra, message], { expect }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-mode-'))
    const port = await freePort()
    const env = productionEnv({ ...extra, CMS_DATA_DIR: dataDir })
    const { code, output } = await run('pnpm', ['exec', 'next', 'start', '-p', String(port)], env, path.join(repoRoot, 'cms'), 60_000)
    fs.rmSync(dataDir, { recursive: true, force: true })
    expect(code, output).toBe(1)
    expect(output).toMatch(message)
    expect(output).toMatch(/openssl rand -hex 32/)
  })

  // CWE-1392: demo accounts with printed passwords must not exist in production.
  it('the seed creates no demo logins', async ({ expect }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-mode-'))
    const env = productionEnv({
      CMS_DATA_DIR: dataDir,
      PAYLOAD_SECRET: '3f9c2b7e4d1a8f6c0b5e9d2a7c4f1e8b6a0d3c9e',
      NODE_ENV: 'development',
    })
    const { code, output } = await run('pnpm', ['exec', 'tsx', 'scripts/seed/index.ts'], env, repoRoot, 240_000)
    fs.rmSync(dataDir, { recursive: true, force: true })
    expect(code, output).toBe(0)
    expect(output).toMatch(/Seed finished/)
    expect(output).toMatch(/checklists\s+\d+ new/)
    expect(output).not.toMatch(/users\s+\d+ new/)
  }, 300_000)
})
