#!/usr/bin/env node
// `npm start` / `npm test` on a fresh machine: installs the pinned pnpm and the workspace
// dependencies when needed, then hands over to the TypeScript orchestrators. Plain Node only:
// nothing is installed yet when this runs.
import { execSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pinned = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1]
const command = process.argv[2]
if (!['start', 'test'].includes(command)) {
  console.error('usage: node scripts/bootstrap.mjs start|test')
  process.exit(2)
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
}

function pnpmVersion() {
  try {
    return execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
  } catch {
    return null
  }
}

if (pnpmVersion() !== pinned) {
  console.log(`→ installing pnpm ${pinned} (npm i -g; corepack cannot verify it here)`)
  run('npm', ['i', '-g', `pnpm@${pinned}`, '--no-fund', '--no-audit'])
}

// Install when the lockfile changed since the last install (pnpm writes this file).
const marker = path.join(root, 'node_modules', '.modules.yaml')
const lock = path.join(root, 'pnpm-lock.yaml')
if (!fs.existsSync(marker) || fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs) {
  console.log('→ pnpm install')
  run('pnpm', ['install', '--frozen-lockfile', '--pm-on-fail=ignore'])
}

// Payload + lexical on Node 20 exit silently without this condition (see PITFALLS.md).
const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' ')
run('pnpm', ['exec', 'tsx', `scripts/${command}.ts`, ...process.argv.slice(3)], { NODE_OPTIONS: nodeOptions })
