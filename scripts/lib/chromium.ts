import fs from 'node:fs'
import { spawnSync } from 'node:child_process'

/**
 * Browser tests use Debian's Chromium, never a downloaded one. On a fresh machine (as root)
 * the test command installs it, so `npm test` works on its own; elsewhere it says what to do.
 */
export function ensureChromium(): string {
  const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (fs.existsSync(wanted)) return wanted
  if (process.getuid?.() !== 0) throw new Error(`Chromium not found at ${wanted}: run "sudo apt-get install chromium" or set CHROMIUM_PATH`)
  console.log('→ installing Debian chromium (apt-get)')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`)
  }
  if (!fs.existsSync(wanted)) throw new Error(`apt-get installed chromium, but ${wanted} is missing`)
  return wanted
}
