/**
 * `npm start`: seeds the SQLite default, exports the published content, builds both sites and
 * the admin when out of date, and starts the CMS (with the island API) and both sites.
 * Ports: CMS_PORT (3000), HELPERS_PORT (4321), PROFESSIONALS_PORT (4322), STATS_PORT (3001); the mail
 * catcher maildev MAILDEV_SMTP_PORT (1025) and MAILDEV_WEB_PORT (1080), unless SMTP_HOST names a real server.
 */
import path from 'node:path'
import { startSiteServer } from '@vsp/site-server'
import { previewHandler } from '@vsp/site-preview'
import { ensureRendererBuild } from '@vsp/site-renderer'
import { ensureAdminBuild, repoRoot, runStep, startMaildev, startService, waitForHttp } from '@vsp/steps'
import { buildSitesFromCms, SITE_NAMES } from './lib/sites'
import { supervise } from './lib/supervise'
import { demoUsers } from '@vsp/test-support/demo-users'
import { landingPages } from './seed/content/landing-pages'

// `npm start` is the demo: seeded content, demo logins, a generated secret (cms/src/lib/mode.ts).
// Every step and service below inherits it.
process.env.CMS_DEMO = '1'

const ports = {
  cms: Number(process.env.CMS_PORT ?? 3000),
  helpers: Number(process.env.HELPERS_PORT ?? 4321),
  professionals: Number(process.env.PROFESSIONALS_PORT ?? 4322),
  stats: Number(process.env.STATS_PORT ?? 3001),
  publish: Number(process.env.PUBLISH_WORKER_PORT ?? 3002),
  maildevSmtp: Number(process.env.MAILDEV_SMTP_PORT ?? 1025),
  maildevWeb: Number(process.env.MAILDEV_WEB_PORT ?? 1080),
}
const cmsUrl = `http://localhost:${ports.cms}`
const dataDir = path.resolve(process.env.CMS_DATA_DIR ?? path.join(repoRoot, 'cms/data'))
const snapshot = path.join(dataDir, 'snapshot.json')
const siteEnv = {
  CONTENT_SNAPSHOT: snapshot,
  MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'),
  HELPERS_PORT: String(ports.helpers),
  PROFESSIONALS_PORT: String(ports.professionals),
  PUBLIC_ISLAND_API: `${cmsUrl}/api/island`,
  // Page views go to the stats server (cms/src/stats/ingest-server.ts), not through Next.
  PUBLIC_STATS_API: `http://localhost:${ports.stats}`,
}
const started = Date.now()

console.log('→ seeding the database (idempotent)')
runStep('seed', 'pnpm', ['exec', 'tsx', 'scripts/seed/index.ts'], { mustPrint: /Seed finished/ })
buildSitesFromCms(SITE_NAMES, siteEnv)
// Each site's renderer, for the admin's live preview of drafts (packages/site-renderer): code only, so rebuilt only when code changed.
for (const site of SITE_NAMES) {
  const renderer = ensureRendererBuild(site, snapshot, siteEnv)
  console.log(renderer.built ? `→ built the ${site} renderer in ${renderer.seconds.toFixed(1)} s` : `→ the ${site} renderer is up to date`)
}
ensureAdminBuild()

// The newsletter's mails (confirm, unsubscribe) go to maildev's inbox in the demo (cms/src/lib/mail.ts).
const maildev = process.env.SMTP_HOST ? undefined : await startMaildev(ports.maildevSmtp, ports.maildevWeb)
// The CMS is restarted when it dies (a crash, an OOM kill), with a wait that doubles while it
// keeps dying (scripts/lib/supervise.ts). The sites are served from this process and stay up.
const cms = supervise(
  () =>
    // Next itself, not through pnpm, so that the process watched is the server.
    startService('cms', process.execPath, [path.join(repoRoot, 'cms/node_modules/next/dist/bin/next'), 'start', '-p', String(ports.cms)], {
      cwd: path.join(repoRoot, 'cms'),
      // Publishing in the admin rebuilds the affected site (cms/src/rebuild).
      env: {
        ...siteEnv,
        ...(maildev ? { SMTP_PORT: String(maildev.smtpPort) } : {}),
        // A publish renders only the pages it affects, in the warm worker below (scripts/publish).
        SITE_PUBLISH_WORKER: `http://127.0.0.1:${ports.publish}`,
        SITE_REBUILD_COMMAND: JSON.stringify([
          path.join(repoRoot, 'node_modules/.bin/tsx'),
          path.join(repoRoot, 'scripts/rebuild-sites.ts'),
        ]),
      },
    }),
  {
    onRestart: (attempt, delay, code, signal) =>
      console.error(`! the CMS stopped (${signal ?? `exit ${code}`}); restart ${attempt} in ${delay / 1000} s`),
  },
)
// The stats server (page views), restarted the same way.
const stats = supervise(
  () => startService('stats', 'pnpm', ['exec', 'tsx', 'cms/src/stats/serve.ts'], { env: { ...siteEnv, STATS_PORT: String(ports.stats) } }),
  {
    onRestart: (attempt, delay, code, signal) =>
      console.error(`! the stats server stopped (${signal ?? `exit ${code}`}); restart ${attempt} in ${delay / 1000} s`),
  },
)
// The publish worker keeps each site's renderer warm; without it the CMS falls back to the command.
const publishWorker = supervise(
  () =>
    startService('publish', 'pnpm', ['exec', 'tsx', 'scripts/publish-worker.ts'], {
      env: { ...siteEnv, PUBLISH_WORKER_PORT: String(ports.publish), NODE_OPTIONS: '--conditions=production' },
    }),
  {
    onRestart: (attempt, delay, code, signal) =>
      console.error(`! the publish worker stopped (${signal ?? `exit ${code}`}); restart ${attempt} in ${delay / 1000} s`),
  },
)
// The built sites, served in this process (packages/site-server): headers, compression, 404 page.
// It notices a rebuild swapping in a new dist/ by itself. The preview's renderer runs in this
// process too and finds published images in MEDIA_DIR (packages/ui/src/build/media-files.ts).
process.env.MEDIA_DIR = siteEnv.MEDIA_DIR
const siteServers = await Promise.all(
  SITE_NAMES.map((site) =>
    startSiteServer({
      root: path.join(repoRoot, 'sites', site, 'dist'),
      port: ports[site],
      host: '127.0.0.1',
      // Draft previews at /voorbeeld/ (packages/site-preview), rendered from the published snapshot plus the draft.
      preview: previewHandler({ site, cmsUrl, snapshotFile: snapshot }),
    }),
  ),
)
const stop = () => {
  cms.stop('SIGTERM')
  stats.stop('SIGTERM')
  publishWorker.stop('SIGTERM')
  maildev?.child.kill('SIGTERM')
  void Promise.all(siteServers.map((server) => server.close())).then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

await waitForHttp(`${cmsUrl}/api/checklists?limit=1`)
await waitForHttp(`http://localhost:${ports.stats}/health`)
await Promise.all(SITE_NAMES.map((site) => waitForHttp(`http://localhost:${ports[site]}/`)))

const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`
✓ Everything is running (ready in ${seconds}s). Stop with Ctrl+C.

  Helpers site         http://localhost:${ports.helpers}/
  Professionals site   http://localhost:${ports.professionals}/
  Landing pages        ${landingPages.map((p) => `http://localhost:${ports[p.site as keyof typeof ports]}/lp/${p.slug}/`).join(', ')}
  CMS admin            ${cmsUrl}/admin
  REST API             ${cmsUrl}/api/checklists
  Island API           ${cmsUrl}/api/island/events, ${cmsUrl}/api/island/tips
  Stats ingest         http://localhost:${ports.stats}/events (report: ${cmsUrl}/admin/statistiek)
  Newsletter sign-up   ${cmsUrl}/api/newsletter/subscribe (admin view: ${cmsUrl}/admin/nieuwsbrief)
  Mail inbox           ${maildev ? `${maildev.webUrl}/  (maildev: the confirmation mails arrive here)` : `sent through ${process.env.SMTP_HOST}`}

  Demo logins (password after the slash):
${demoUsers.map((u) => `    ${u.role.padEnd(9)} ${u.email} / ${u.password}`).join('\n')}
`)
