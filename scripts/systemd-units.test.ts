/**
 * The systemd units in deploy/systemd (README "Running it for real"): `systemd-analyze verify`
 * accepts every one (sections, keys, executables), each long-running service restarts on
 * failure and is watched by the health check, and each gets every environment variable the
 * README's production sections name, from its own `Environment=` lines or the example of the
 * environment file it loads (/etc/vsp/vsp.env is deploy/systemd/vsp.env.example).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@vsp/steps'

const ANALYZE = '/usr/bin/systemd-analyze'
const dir = path.join(repoRoot, 'deploy/systemd')
const unitFiles = fs.readdirSync(dir).filter((file) => /\.(service|timer)$/.test(file))
const services = unitFiles.filter((file) => file.endsWith('.service') && file !== 'vsp-health.service')

/** key → values per section; a key may repeat (ExecStart=, Environment=). */
function parseUnit(file: string): Record<string, Record<string, string[]>> {
  const sections: Record<string, Record<string, string[]>> = {}
  let current = ''
  for (const raw of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const section = /^\[(.+)\]$/.exec(line)
    if (section) current = section[1]
    else {
      const at = line.indexOf('=')
      ;((sections[current] ??= {})[line.slice(0, at)] ??= []).push(line.slice(at + 1))
    }
  }
  return sections
}

/** The variables an environment file example sets, with systemd's quoting taken off. */
function envExample(file: string): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim())
    if (match) vars[match[1]] = match[2].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1')
  }
  return vars
}

/** Where each EnvironmentFile= of the units comes from in this folder. */
const EXAMPLES: Record<string, string> = {
  '/etc/vsp/vsp.env': 'vsp.env.example',
  '/etc/vsp/site-%i.env': 'site-helpers.env.example',
}

/** Everything a unit puts in its processes' environment. */
function environmentOf(file: string): Record<string, string> {
  const service = parseUnit(file).Service ?? {}
  const vars: Record<string, string> = {}
  for (const assignment of service.Environment ?? []) {
    const [name, ...value] = assignment.split('=')
    vars[name] = value.join('=')
  }
  for (const envFile of service.EnvironmentFile ?? []) {
    expect(EXAMPLES[envFile], `${file}: no example for ${envFile} in deploy/systemd`).toBeDefined()
    Object.assign(vars, envExample(EXAMPLES[envFile]))
  }
  return vars
}

/** The variables the README's production parts name: its Production and Running it for real sections and the mail settings. */
function readmeVariables(): string[] {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
  const section = (title: string) => {
    const start = readme.indexOf(`\n## ${title}`)
    expect(start, `README has no section "${title}"`).toBeGreaterThan(0)
    return readme.slice(start, readme.indexOf('\n## ', start + 4))
  }
  const mail = /\n- Production: (.*?)(?=\n- |\n\n)/s.exec(readme)?.[1] ?? ''
  expect(mail, 'README names no mail settings ("- Production: `SMTP_HOST`…")').toContain('SMTP_HOST')
  const text = [section('Production'), section('Running it for real'), mail].join('\n')
  const names = [...text.matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]+)(?:=[^`]*)?`/g)].map((match) => match[1])
  // Demo mode only; a unit must not set it.
  return [...new Set(names)].filter((name) => name !== 'CMS_DEMO').sort()
}

describe('systemd units (deploy/systemd)', () => {
  it('are there: the CMS, the stats server, the publish worker, the sites, and the health check with its timer', () => {
    expect(unitFiles.sort()).toEqual([
      'vsp-cms.service',
      'vsp-health.service',
      'vsp-health.timer',
      'vsp-publish-worker.service',
      'vsp-site@.service',
      'vsp-stats.service',
    ])
  })

  it('pass systemd-analyze verify without a warning', (context) => {
    if (!fs.existsSync(ANALYZE)) {
      context.skip(`${ANALYZE} is not installed (Debian: apt-get install systemd); the units were not verified`)
    }
    // verify checks that each ExecStart= program exists; where Node is not at /usr/bin/node
    // (as on this kind of machine when only .tools/ has it), a copy names the running node.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'units-'))
    try {
      for (const file of unitFiles) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8')
        fs.writeFileSync(path.join(copy, file), fs.existsSync('/usr/bin/node') ? text : text.replaceAll('/usr/bin/node', process.execPath))
      }
      // A template is verified as one of its instances.
      const args = unitFiles.map((file) => `./${file.replace('@.service', '@helpers.service')}`)
      const result = spawnSync(ANALYZE, ['verify', ...args], { cwd: copy, encoding: 'utf8' })
      // Unknown keys and bad values are only warnings (exit 0): none may be printed either.
      expect(`${result.stdout}${result.stderr}`.trim(), 'systemd-analyze verify').toBe('')
      expect(result.status).toBe(0)
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  })

  it.each(services)('%s restarts on failure, forever, as the vsp user', (file) => {
    const unit = parseUnit(file)
    expect(unit.Service.Restart).toEqual(['on-failure'])
    expect(Number(unit.Service.RestartSec?.[0])).toBeGreaterThan(0)
    expect(unit.Unit.StartLimitIntervalSec).toEqual(['0']) // no giving up after five quick failures
    expect(unit.Service.User).toEqual(['vsp'])
    expect(unit.Install.WantedBy).toEqual(['multi-user.target'])
  })

  it('checks the health of the CMS, the stats server and the publish worker every 30 s, and restarts one that does not answer', () => {
    const timer = parseUnit('vsp-health.timer')
    expect(timer.Timer.Unit).toEqual(['vsp-health.service'])
    expect(timer.Timer.OnUnitActiveSec).toEqual(['30s'])
    const checks = parseUnit('vsp-health.service').Service.ExecStart
    const expected = {
      'vsp-cms.service': ['CMS_PORT', '/api/health'],
      'vsp-stats.service': ['STATS_PORT', '/health'],
      'vsp-publish-worker.service': ['PUBLISH_WORKER_PORT', '/health'],
    }
    for (const [unit, [port, route]] of Object.entries(expected)) {
      const url = `http://127.0.0.1:\${${port}}${route}`
      expect(
        checks.some((check) => check.includes(`curl -fsS --max-time 10 -o /dev/null ${url} || systemctl restart ${unit}`)),
        `no health check restarts ${unit}`,
      ).toBe(true)
    }
  })

  it.each(services)("%s gets every environment variable of the README's production sections", (file) => {
    const env = environmentOf(file)
    const variables = readmeVariables()
    expect(variables).toEqual(expect.arrayContaining(['DATABASE_URL', 'PAYLOAD_SECRET', 'S3_BUCKET', 'SMTP_HOST', 'SITE_REBUILD_LEASE_MS']))
    expect(variables.filter((name) => !(name in env))).toEqual([])
    expect(env, 'demo mode in production').not.toHaveProperty('CMS_DEMO')
    // Every ${VAR} its commands use is set.
    const used = (parseUnit(file).Service.ExecStart ?? []).flatMap((line) => [...line.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]))
    expect(used.filter((name) => !(name in env))).toEqual([])
  })

  it('the health check knows the ports, and the rebuild command survives the environment file as JSON', () => {
    const env = environmentOf('vsp-health.service')
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['CMS_PORT', 'STATS_PORT', 'PUBLISH_WORKER_PORT']))
    expect(JSON.parse(env.SITE_REBUILD_COMMAND)).toEqual(expect.arrayContaining([expect.stringMatching(/scripts\/rebuild-sites\.ts$/)]))
  })
})
