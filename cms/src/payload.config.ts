import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { collections } from './collections'
import { islandEndpoints } from './endpoints/island'
import { newsletterEndpoints } from './endpoints/newsletter'
import { rebuildAgainEndpoint, rebuildStatusEndpoint } from './endpoints/rebuild-status'
import { reviewsDueEndpoint } from './endpoints/reviews-due'
import { statsEndpoints } from './endpoints/stats'
import { STATS_QUEUE, statsTasks } from './stats/jobs'
import { STATS_PATH } from './stats/admin-path'
import { healthEndpoint } from './endpoints/health'
import { previewDraftEndpoint, previewMediaEndpoint } from './preview/draft-endpoint'
import { REVIEWS_DUE_PATH } from './review/admin-path'
import { NEWSLETTER_VIEW_PATH } from './newsletter/admin-path'
import { SiteSettings } from './globals/SiteSettings'
import { databaseAdapter } from './lib/database'
import { migrateOnInit } from './lib/migrate'
import { quietClientErrors } from './lib/quiet-client-errors'
import { mediaStorage } from './lib/storage'
import { emailAdapter } from './lib/mail'
import { hasRole } from './access/roles'
import { runPendingRebuilds } from './rebuild'
import { cmsDir, cmsOrigins, payloadSecret } from './lib/paths'
import { ADMIN_DATE_FORMAT, nlOverrides } from './admin/dutch'
import { withNewDocumentHeading } from './admin/new-document-heading'
import { adminIcons } from './admin/brand-mark'
import { withRowLabels } from './fields/with-row-labels'
import { clientMistakesAreNot500 } from './hardening/client-mistakes'
import { withIdGuard } from './hardening/document-id-guard'

const editorsOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as Parameters<typeof hasRole>[0], 'admin', 'editor')

export default buildConfig({
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Redactie Slachtofferhulp Nederland', icons: adminIcons() },
    dateFormat: ADMIN_DATE_FORMAT,
    // Payload's default would load each editor's picture from gravatar.com: a third-party
    // request that hands over a hash of their e-mail address.
    avatar: 'default',
    importMap: { baseDir: path.join(cmsDir, 'src') },
    // What publishing did to the sites, in the header; and "Te controleren": what is past its review date.
    components: {
      actions: ['/components/RebuildStatus#RebuildStatus'],
      afterNavLinks: [
        '/components/ReviewsDueLink#ReviewsDueLink',
        '/components/StatsLink#StatsLink',
        '/components/NewsletterLink#NewsletterLink',
      ],
      views: {
        reviewsDue: { Component: '/components/ReviewsDueView#ReviewsDueView', path: REVIEWS_DUE_PATH },
        stats: { Component: '/components/StatsView#StatsView', path: STATS_PATH },
        newsletter: { Component: '/components/NewsletterView#NewsletterView', path: NEWSLETTER_VIEW_PATH },
      },
      // The organisation's name and mark on the login page and in the navigation.
      graphics: { Logo: '/admin/Brand#Logo', Icon: '/admin/Brand#Icon' },
    },
  },
  // Every array row and block is named by its own text in the admin (fields/with-row-labels.ts),
  // a new document by its noun ("Nieuw stappenplan", admin/new-document-heading.ts);
  // every collection refuses a malformed REST id before the database sees it.
  collections: withIdGuard(
    collections.map((collection) => withNewDocumentHeading({ ...collection, fields: withRowLabels(collection.fields) })),
  ),
  globals: [{ ...SiteSettings, fields: withRowLabels(SiteSettings.fields) }],
  endpoints: [
    ...islandEndpoints,
    ...newsletterEndpoints,
    rebuildStatusEndpoint,
    rebuildAgainEndpoint,
    reviewsDueEndpoint,
    ...statsEndpoints,
    healthEndpoint,
    // A draft for the site's preview page, and the images it refers to, to the holder of a signed preview token (cms/src/preview).
    previewDraftEndpoint,
    previewMediaEndpoint,
  ],
  // No CORS on Payload's own API: the island endpoints answer the sites themselves, without
  // credentials (endpoints/site-cors.ts).
  cors: [],
  // Cookie-authenticated requests count only from the admin's own origin (CWE-352). No
  // serverURL: it would make every media URL absolute, and the snapshot keeps them relative.
  csrf: cmsOrigins(),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  // Media in MEDIA_DIR, or in an S3-compatible bucket when S3_BUCKET is set (cms/src/lib/storage.ts).
  plugins: [mediaStorage()],
  // Newsletter mail over SMTP from the environment; the local maildev by default (lib/mail.ts).
  email: emailAdapter(),
  secret: payloadSecret(),
  sharp,
  // Dutch only: an English browser would otherwise get English buttons around Dutch fields.
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl', translations: { nl: nlOverrides } },
  graphQL: { disable: true },
  // A malformed id is a 404, not a server error (hardening/client-mistakes.ts).
  hooks: { afterError: [clientMistakesAreNot500] },
  telemetry: false,
  typescript: { autoGenerate: false, outputFile: path.join(cmsDir, 'src/payload-types.ts') },
  // PostgreSQL's committed migrations first (cms/src/lib/migrate.ts); then the rebuilds a
  // restart interrupted or left waiting (cms/src/rebuild/pending-requests.ts).
  onInit: async (payload) => {
    quietClientErrors(payload)
    await migrateOnInit(payload)
    await runPendingRebuilds(payload)
  },
  // Scheduled publishing runs as a job; the server picks due jobs up every minute.
  jobs: {
    // Payload lets every logged-in user run the due jobs; that publishes, so editors and admins
    // only. Queueing and cancelling stay with every staff role (marketers schedule landing pages).
    access: { run: editorsOnly },
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      { cron: '* * * * *', queue: STATS_QUEUE, limit: 2 },
    ],
    // Statistics: the rollup into daily aggregates and the retention of raw events (cms/src/stats).
    tasks: statsTasks,
    shouldAutoRun: () => process.env.PAYLOAD_DISABLE_JOBS !== '1',
  },
})
