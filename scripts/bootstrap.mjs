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

// Node 24 LTS: an older Node (this kind of machine ships 20, end of life) gets Node 24 from the
// npm registry into .tools/ and this script runs again under it, with it first on PATH so that
// pnpm, tsx, vitest, Next and Astro all run on 24.
const wanted = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node.match(/\d+/)[0]
if (Number(process.versions.node.split('.')[0]) < Number(wanted)) {
  const tools = path.join(root, '.tools')
  const bin = path.join(tools, 'node_modules', 'node', 'bin')
  if (!fs.existsSync(path.join(bin, 'node'))) {
    console.log(`→ Node ${process.versions.node} is older than ${wanted}: installing node@${wanted} from npm into .tools/`)
    const installed = spawnSync('npm', ['i', '--prefix', tools, `node@${wanted}`, '--no-fund', '--no-audit', '--no-save'], {
      stdio: 'inherit',
    })
    if (installed.status !== 0 || !fs.existsSync(path.join(bin, 'node'))) {
      console.error(`✗ could not install Node ${wanted}; install it yourself (nodejs.org) and run again`)
      process.exit(1)
    }
  }
  const again = spawnSync(path.join(bin, 'node'), process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
  })
  process.exit(again.status ?? 1)
}
console.log(`→ Node ${process.versions.node}`)

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
}

function pnpmVersion() {
  try {
    return execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
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

// No NODE_OPTIONS of our own: the `--conditions=production` that Payload + lexical needed on
// Node 20 (silent exits) is not needed on Node 24 (BENCHMARKS.md, "Silent exits"). Each step
// still proves it did its work (runStep's mustPrint in packages/steps/src/steps.ts).
run('pnpm', ['exec', 'tsx', `scripts/${command}.ts`, ...process.argv.slice(3)])
