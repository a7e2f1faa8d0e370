/**
 * `npm start`: seeds the SQLite default, builds what is out of date and starts the product.
 * Each service's port can be overridden: CMS_PORT (3000), HELPERS_PORT (4321),
 * PROFESSIONALS_PORT (4322).
 */
import path from 'node:path'
import { ensureAdminBuild } from './lib/admin-build'
import { repoRoot, runStep, startService, waitForHttp } from './lib/steps'
import { demoUsers } from './seed/demo-users'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const started = Date.now()

console.log('→ seeding the database (idempotent)')
runStep('seed', 'pnpm', ['exec', 'tsx', 'scripts/seed/index.ts'], { mustPrint: /Seed finished/ })
ensureAdminBuild()

const services = [
  startService('cms', 'pnpm', ['exec', 'next', 'start', '-p', String(cmsPort)], {
    cwd: path.join(repoRoot, 'cms'),
  }),
]
const stop = () => {
  for (const child of services) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of services) child.on('exit', (code) => code && console.error(`a service stopped (exit ${code})`))

await waitForHttp(`http://localhost:${cmsPort}/api/checklists?limit=1`)

const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`
✓ Everything is running (ready in ${seconds}s). Stop with Ctrl+C.

  CMS admin         http://localhost:${cmsPort}/admin
  REST API          http://localhost:${cmsPort}/api/checklists

  Demo logins (password after the slash):
${demoUsers.map((u) => `    ${u.role.padEnd(9)} ${u.email} / ${u.password}`).join('\n')}
`)
