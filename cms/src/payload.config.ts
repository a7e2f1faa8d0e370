import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { collections } from './collections'
import { islandEndpoints } from './endpoints/island'
import { rebuildAgainEndpoint, rebuildStatusEndpoint } from './endpoints/rebuild-status'
import { reviewsDueEndpoint } from './endpoints/reviews-due'
import { healthEndpoint } from './endpoints/health'
import { REVIEWS_DUE_PATH } from './review/admin-path'
import { SiteSettings } from './globals/SiteSettings'
import { databaseAdapter } from './lib/database'
import { hasRole } from './access/roles'
import { runPendingRebuilds } from './rebuild'
import { cmsDir, cmsOrigins, payloadSecret } from './lib/paths'
import { clientMistakesAreNot500 } from './hardening/client-mistakes'
import { withIdGuard } from './hardening/document-id-guard'

const editorsOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as Parameters<typeof hasRole>[0], 'admin', 'editor')

export default buildConfig({
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Redactie' },
    // Payload's default would load each editor's picture from gravatar.com: a third-party
    // request that hands over a hash of their e-mail address.
    avatar: 'default',
    importMap: { baseDir: path.join(cmsDir, 'src') },
    // What publishing did to the sites, in the header; and "Te controleren": what is past its review date.
    components: {
      actions: ['/components/RebuildStatus#RebuildStatus'],
      afterNavLinks: ['/components/ReviewsDueLink#ReviewsDueLink'],
      views: { reviewsDue: { Component: '/components/ReviewsDueView#ReviewsDueView', path: REVIEWS_DUE_PATH } },
    },
  },
  // Every collection refuses a malformed REST id before the database sees it.
  collections: withIdGuard(collections),
  globals: [SiteSettings],
  endpoints: [...islandEndpoints, rebuildStatusEndpoint, rebuildAgainEndpoint, reviewsDueEndpoint, healthEndpoint],
  // No CORS on Payload's own API: the island endpoints answer the sites themselves, without
  // credentials (endpoints/site-cors.ts).
  cors: [],
  // Cookie-authenticated requests count only from the admin's own origin (CWE-352). No
  // serverURL: it would make every media URL absolute, and the snapshot keeps them relative.
  csrf: cmsOrigins(),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  secret: payloadSecret(),
  sharp,
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  graphQL: { disable: true },
  // A malformed id is a 404, not a server error (hardening/client-mistakes.ts).
  hooks: { afterError: [clientMistakesAreNot500] },
  telemetry: false,
  typescript: { autoGenerate: false, outputFile: path.join(cmsDir, 'src/payload-types.ts') },
  // Rebuilds a restart interrupted or left waiting run now (cms/src/rebuild/pending-requests.ts).
  onInit: async (payload) => {
    await runPendingRebuilds(payload)
  },
  // Scheduled publishing runs as a job; the server picks due jobs up every minute.
  jobs: {
    // Payload lets every logged-in user run the due jobs; that publishes, so editors and admins
    // only. Queueing and cancelling stay with every staff role (marketers schedule landing pages).
    access: { run: editorsOnly },
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.PAYLOAD_DISABLE_JOBS !== '1',
  },
})
