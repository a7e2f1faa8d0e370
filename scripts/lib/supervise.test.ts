import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { restartDelay, supervise } from './supervise'

describe('supervise', () => {
  it('doubles the wait while a service keeps dying, up to a ceiling', () => {
    expect([1, 2, 3, 4, 10].map((n) => restartDelay(n, 1000, 30_000))).toEqual([1000, 2000, 4000, 8000, 30_000])
  })

  // A real process that dies (exit 1, then SIGKILL) is started again each time, with backoff.
  it('restarts a real process that died, and not after stop()', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supervise-'))
    const starts = path.join(dir, 'starts')
    // Dies with exit 1 on its first run; the second run stays up until it is killed.
    const script = `const fs=require('fs');fs.appendFileSync(${JSON.stringify(starts)},'x');if(fs.readFileSync(${JSON.stringify(starts)},'utf8').length===1)process.exit(1);setInterval(()=>{},1000)`
    const delays: number[] = []
    const supervisor = supervise(() => spawn(process.execPath, ['-e', script], { stdio: 'ignore' }), {
      initialDelayMs: 100,
      onRestart: (_attempt, delay) => delays.push(delay),
    })
    const count = () => (fs.existsSync(starts) ? fs.readFileSync(starts, 'utf8').length : 0)
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await until(() => count() === 2)
    expect(count()).toBe(2)
    supervisor.current.kill('SIGKILL')
    await until(() => count() === 3)
    expect(count()).toBe(3)
    expect(delays).toEqual([100, 200])
    supervisor.stop()
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(count()).toBe(3)
    expect(supervisor.restarts).toBe(2)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
