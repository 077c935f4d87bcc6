import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { AppointmentRequests } from './collections/AppointmentRequests'
import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Brands } from './collections/Brands'
import { Clinics } from './collections/Clinics'
import { Comparisons } from './collections/Comparisons'
import { Conditions } from './collections/Conditions'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { Providers } from './collections/Providers'
import { Rebuilds } from './collections/Rebuilds'
import { Therapies } from './collections/Therapies'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { env } from './env'
import { isAdmin } from './access/isAdmin'
import { notifyAppointmentRequestTask, pruneAppointmentRequestsTask } from './appointments'
import { emailAdapter } from './email'
import { pruneRebuildsTask, rebuildOnPublish } from './rebuild'
import { bodyEditor } from './richText/editor'
import { refreshAllowedOrigins } from './security/allowedOrigins'
import { graphQLSettings } from './graphql/settings'
import { restrictDocumentLocks } from './access/documentLocks'
import { importCollections } from './import/collections'
import { redirectsPlugin } from './redirects/plugin'
import { seo } from './seo/plugin'
import { livePreview } from './preview/livePreview'
import { REBUILD_QUEUE, rebuildTasks, reclaimStaleRebuildsNowAndThen } from './rebuild'
import { limitCollections } from './limits/collections'
import { mediaStorage } from './media/storage'
import { healthEndpoint } from './health/endpoint'
import { trackInFlight } from './jobs/inFlight'
import { checkDatabaseAtStart } from './ops/startupChecks'
import { listFilterValues } from './admin/listFilterValues'
import { internalFieldsOutOfLists } from './admin/internalFields'
import { brandNamesInLists } from './admin/brandColumns'
import { scheduledColumn } from './admin/scheduled'
import { yesNoInLists } from './admin/checkboxCells'
import { keepValidationDetails } from './publishing/errorDetails'
import { pruneEmptyDraftsTask } from './admin/emptyDrafts'
import { DEFAULT_TIMEZONE, US_TIMEZONES } from './admin/timezones'
import { dashboardPlugin } from './dashboard/plugin'
import { clinicalReview } from './review/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.PAYLOAD_SECRET,
  db: databaseAdapter(env),
  editor: bodyEditor(),
  sharp,
  // SMTP when SMTP_URL is set, else emails are written to the log (src/email/).
  email: emailAdapter(env),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Clinic CMS' },
    // The built-in avatar, not Gravatar: the admin loads nothing from third parties.
    avatar: 'default',
    // The schedule dialog's time zones: the clinics' own, never empty (src/admin/timezones.ts).
    timezones: { supportedTimezones: US_TIMEZONES, defaultTimezone: DEFAULT_TIMEZONE },
    importMap: { baseDir: dirname },
    components: {
      // Import posts (/admin/import): a clinic's existing posts become drafts (src/import/).
      views: { importPosts: { Component: '/components/ImportPosts/ImportPostsView#ImportPostsView', path: '/import', meta: { title: 'Import posts' } } },
      afterNavLinks: ['/components/ImportPosts/ImportNavLink#ImportNavLink'],
    },
  },
  collections: [
    // Everything a brand site shows: publishing, unpublishing or deleting it rebuilds those sites.
    ...[Articles, Comparisons, Faqs, Therapies, Conditions, Brands, Clinics, Providers, Authors].map(rebuildOnPublish),
    Media,
    Users,
    Rebuilds,
    // Visitors' requests from the brand sites' forms: never in a snapshot, never public.
    AppointmentRequests,
    // Imports of a clinic's existing posts (src/import/).
    ...importCollections,
    // Rate limits and duplicate windows every CMS process shares (src/limits/).
    ...limitCollections,
  ],
  // Media in object storage when S3_* is set (src/media/storage.ts).
  // Last (src/admin/): list filters on has-many fields send lists, made queries both databases
  // answer; fields the admin hides stay out of list filters and columns; brand columns show names;
  // checkbox columns read Yes or No; a "Scheduled" column shows the next scheduled publish or unpublish.
  // Search and social fields on every page (src/seo/), before the list plugins so they see them;
  // the live preview panel beside the editor of articles (src/preview/livePreview.ts).
  plugins: [redirectsPlugin(), ...mediaStorage(env), seo, livePreview, dashboardPlugin, clinicalReview, listFilterValues, internalFieldsOutOfLists, brandNamesInLists, yesNoInLists, scheduledColumn],
  // A refused save's field errors reach the admin on every build (src/publishing/errorDetails.ts).
  hooks: { afterError: [keepValidationDetails] },
  // `GET /api/health` for load balancers (src/health/).
  endpoints: [healthEndpoint],
  // Cookie-authenticated requests only from the admin; browser calls from the admin and the
  // brand sites (the list grows with the brands' domains: src/security/allowedOrigins.ts).
  csrf: [env.adminOrigin],
  // `Idempotency-Key`: the appointment form's script sends one, so preflights must allow it.
  cors: { origins: [...env.browserOrigins], headers: ['Idempotency-Key'] },
  jobs: {
    // Scheduled publish/unpublish (`schedulePublish` on every content collection) runs here.
    // The CMS server runs due jobs itself (src/instrumentation.ts starts the runner), so the
    // demo needs no separate worker; JOBS_AUTORUN=false hands that to `payload jobs:run`.
    // Site rebuilds have a runner of their own: a long local site build never delays the default queue.
    autoRun: [
      { cron: env.JOBS_CRON, queue: 'default', limit: 20 },
      { cron: env.JOBS_CRON, queue: REBUILD_QUEUE, limit: 10 },
    ],
    // Daily: old site-rebuild records are deleted (src/rebuild/pruneRebuilds.ts).
    // Appointment requests: the clinic's email (retried), and deletion after APPOINTMENT_RETENTION_DAYS.
    // Site rebuilds run as jobs too (src/rebuild/tasks.ts). Every handler is tracked so that a
    // stopping server finishes the job in progress (src/jobs/inFlight.ts).
    // Hourly: untitled drafts "Create new" left untouched are deleted (src/admin/emptyDrafts.ts).
    tasks: [...rebuildTasks, pruneRebuildsTask, notifyAppointmentRequestTask, pruneAppointmentRequestsTask, pruneEmptyDraftsTask].map(trackInFlight),
    // One rebuild per brand at a time, whichever process runs it (`concurrency` on the rebuild task).
    enableConcurrencyControl: true,
    // Before each tick, in every server (runner or not): rebuild jobs whose process was killed
    // are handed back to the queue (src/rebuild/reclaimStaleRebuilds.ts).
    shouldAutoRun: async (payload) => {
      await reclaimStaleRebuildsNowAndThen(payload)
      return env.JOBS_AUTORUN
    },
    // `/api/payload-jobs/run` and `/handle-schedules`: network admins only (Payload's default is any user).
    access: { run: ({ req }) => isAdmin({ req }) as boolean },
  },
  onInit: async (payload) => {
    await checkDatabaseAtStart(payload, env)
    await refreshAllowedOrigins(payload, env.browserOrigins)
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: graphQLSettings,
  telemetry: false,
}).then(restrictDocumentLocks)
