import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The apps/cms folder; relative paths in the environment are resolved against it. */
export const CMS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const DEV_SECRET = 'development-only-secret-never-used-in-production'

/** A whole number of milliseconds from `min` to 10 minutes, with a default. */
const milliseconds = (name: string, fallback: number, min = 0) => {
  const message = `${name} must be a whole number of milliseconds from ${min} to 600000`
  return z.coerce.number<string | undefined>({ error: message }).int(message).min(min, message).max(600_000, message).default(fallback)
}

/** A whole number from `min` to `max`, with a default. */
const wholeNumber = (name: string, fallback: number, min: number, max: number) => {
  const message = `${name} must be a whole number from ${min} to ${max}`
  return z.coerce.number<string | undefined>({ error: message }).int(message).min(min, message).max(max, message).default(fallback)
}

/** An optional setting: unset or empty is `undefined`, anything else must pass `schema`. */
const optionalText = <T extends z.ZodType<string>>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /**
     * `file:<path>` for SQLite (relative paths are inside apps/cms), or a `mongodb://` /
     * `mongodb+srv://` URI for MongoDB.
     */
    DATABASE_URI: z
      .string()
      .regex(/^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/, 'DATABASE_URI must start with file:, mongodb:// or mongodb+srv://')
      .default('file:./data/cms.db'),
    /** Signs sessions and API keys. At least 32 characters; required in production. */
    PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters').optional(),
    /** Public origin of the CMS; media URLs in snapshots are built on it. */
    SERVER_URL: z.url('SERVER_URL must be an absolute URL such as https://cms.example.com').default('http://localhost:3000'),
    /** Bearer token that deploy-time site builds present to read brand snapshots. */
    BUILD_TOKEN: z.string().min(32, 'BUILD_TOKEN must be at least 32 characters').optional(),
    /** Where uploaded media files are stored. */
    MEDIA_DIR: z.string().default('media'),
    /** The demo admin the seed creates. */
    DEMO_ADMIN_EMAIL: z.email('DEMO_ADMIN_EMAIL must be an email address').default('admin@demo-network.example'),
    DEMO_ADMIN_PASSWORD: z.string().min(12, 'DEMO_ADMIN_PASSWORD must be at least 12 characters').default('demo-admin-2026'),
    /** Password of the demo brand editors the seed creates (`editor@<brand slug>.example`). */
    DEMO_EDITOR_PASSWORD: z.string().min(12, 'DEMO_EDITOR_PASSWORD must be at least 12 characters').default('demo-editor-2026'),
    /** Quiet period after the last published change of a brand before its site is rebuilt. */
    REBUILD_DEBOUNCE_MS: milliseconds('REBUILD_DEBOUNCE_MS', 2_000),
    /** Tries per build-hook call, the first included; network errors, timeouts and 5xx answers are retried. */
    REBUILD_MAX_ATTEMPTS: wholeNumber('REBUILD_MAX_ATTEMPTS', 4, 1, 10),
    /** Wait before the first retry; each further retry waits twice as long (1 s, 2 s, 4 s by default). */
    REBUILD_RETRY_BASE_MS: milliseconds('REBUILD_RETRY_BASE_MS', 1_000),
    /** How long one build-hook call may take before it counts as failed (and is retried). */
    REBUILD_TIMEOUT_MS: milliseconds('REBUILD_TIMEOUT_MS', 10_000, 1),
    /**
     * A running rebuild marks its job alive this often; a job whose process missed five of these
     * (it was killed) is taken over and run again by another CMS process (src/rebuild/reclaimStaleRebuilds.ts).
     */
    REBUILD_HEARTBEAT_MS: milliseconds('REBUILD_HEARTBEAT_MS', 10_000, 100),
    /**
     * `true` (the demo): brands without a build hook are rebuilt on this machine with the site's
     * build script (SITE_COMMAND `build --brand <slug>`), reading the snapshot from SERVER_URL with BUILD_TOKEN.
     */
    LOCAL_REBUILD: z.stringbool({ error: 'LOCAL_REBUILD must be true or false (also accepted: 1/0, yes/no, on/off)' }).default(false),
    /**
     * How the CMS runs the site's scripts on this machine (local rebuilds, draft previews): a
     * command to which the script and its arguments are appended (`build --brand <slug>`,
     * `render-preview …`). Words separated by spaces, run without a shell.
     */
    SITE_COMMAND: z
      .string()
      .default('pnpm --filter site')
      .transform((value, ctx) => {
        const words = value.trim().split(/\s+/).filter(Boolean)
        const [command, ...rest] = words
        if (command === undefined) {
          ctx.addIssue({ code: 'custom', message: 'SITE_COMMAND must name a command, e.g. "pnpm --filter site"' })
          return z.NEVER
        }
        return [command, ...rest] as [string, ...string[]]
      }),
    /**
     * How often the jobs queue looks for due work (scheduled publish/unpublish), as a cron
     * expression with seconds: every 5 s by default, so a scheduled change is live within seconds.
     */
    JOBS_CRON: z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'JOBS_CRON must be a cron expression of 5 or 6 fields, e.g. "*/5 * * * * *"')
      .default('*/5 * * * * *'),
    /** `false` on servers that must not run jobs (e.g. when a separate worker runs `payload jobs:run`). */
    JOBS_AUTORUN: z.stringbool({ error: 'JOBS_AUTORUN must be true or false' }).default(true),
    /**
     * Origins besides the brands' `https://<domain>` whose pages may post the appointment form and
     * call the API from a browser (CORS): e.g. `http://localhost:4321` for the demo's local sites.
     * Comma-separated; each an http(s) origin without a path.
     */
    SITE_ORIGINS: z
      .string()
      .default('')
      .transform((value, ctx) => {
        const origins: string[] = []
        for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
          const url = URL.parse(entry)
          if (url === null || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/+$/, '')) {
            ctx.addIssue({ code: 'custom', message: `"${entry}" is not an origin such as https://www.example.com (scheme, host and port only)` })
            return z.NEVER
          }
          if (!origins.includes(url.origin)) origins.push(url.origin)
        }
        return origins
      }),
    /** Appointment requests are deleted this many days after they arrived. */
    APPOINTMENT_RETENTION_DAYS: wholeNumber('APPOINTMENT_RETENTION_DAYS', 180, 1, 3650),
    /** Requests per client IP address and window to the public appointment endpoint; 0 turns the limit off. */
    APPOINTMENT_RATE_LIMIT: wholeNumber('APPOINTMENT_RATE_LIMIT', 5, 0, 100_000),
    /** The rate limit's window. */
    APPOINTMENT_RATE_WINDOW_MS: wholeNumber('APPOINTMENT_RATE_WINDOW_MS', 600_000, 1_000, 86_400_000),
    /**
     * Proxies in front of the CMS (load balancer, CDN), each appending the address it received the
     * request from to `X-Forwarded-For`. 0: clients connect directly, and only the connection's
     * address counts; N: the client is the Nth entry from the right (src/security/clientAddress.ts).
     */
    TRUSTED_PROXY_HOPS: wholeNumber('TRUSTED_PROXY_HOPS', 0, 0, 10),
    /** Failed logins per client address and window (REST and GraphQL) before further tries are refused with 429; 0 turns it off. */
    LOGIN_RATE_LIMIT: wholeNumber('LOGIN_RATE_LIMIT', 20, 0, 100_000),
    /** The failed-login window. */
    LOGIN_RATE_WINDOW_MS: wholeNumber('LOGIN_RATE_WINDOW_MS', 900_000, 1_000, 86_400_000),
    /** A form sent sooner than this after it was shown (its script sends `startedAt`) is refused as automated. */
    APPOINTMENT_MIN_FILL_MS: milliseconds('APPOINTMENT_MIN_FILL_MS', 3_000),
    /** Tries of the email to the clinic about a new request, the first included. */
    APPOINTMENT_NOTIFY_ATTEMPTS: wholeNumber('APPOINTMENT_NOTIFY_ATTEMPTS', 5, 1, 20),
    /** Wait before the first retry of that email; each further retry waits twice as long. */
    APPOINTMENT_NOTIFY_RETRY_MS: milliseconds('APPOINTMENT_NOTIFY_RETRY_MS', 30_000),
    /**
     * Where emails go: `smtp://[user:pass@]host[:port]` (STARTTLS when the server offers it) or
     * `smtps://…` (TLS from the start). Unset: emails are written to the CMS log instead.
     */
    SMTP_URL: optionalText(
      z.string().refine((value) => {
        const url = URL.parse(value)
        // No path or ?options: the transport is built from scheme, credentials, host and port only (src/email/smtpEmailAdapter.ts).
        return url !== null && (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' && url.search === '' && url.hash === '' && ['', '/'].includes(url.pathname)
      }, 'SMTP_URL must look like smtp://user:password@smtp.example.com:587 or smtps://smtp.example.com:465 (no path or ?options)'),
    ),
    /** The sender of the CMS's emails: `Name <address>` or an address. */
    EMAIL_FROM: z
      .string()
      .default('Clinic CMS <no-reply@localhost>')
      .transform((value, ctx) => {
        const match = /^\s*(?:(.*?)\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value)
        const address = match?.[2] ?? match?.[3]
        if (!address || !/^[^@\s]+@[^@\s]+$/.test(address)) {
          ctx.addIssue({ code: 'custom', message: 'EMAIL_FROM must be an address or "Name <address>", e.g. Clinic CMS <no-reply@cms.example.com>' })
          return z.NEVER
        }
        return { name: (match?.[1] ?? '').replace(/^"(.*)"$/, '$1'), address }
      }),
    /** How long a "preview this draft" link works after it was made. */
    PREVIEW_TTL_MINUTES: wholeNumber('PREVIEW_TTL_MINUTES', 60, 1, 1440),
    /**
     * How long a write waits for another connection's lock on the SQLite file before it fails
     * (SQLite's busy timeout): brief locks (a backup, another CMS process) are waited out.
     */
    SQLITE_BUSY_TIMEOUT_MS: milliseconds('SQLITE_BUSY_TIMEOUT_MS', 5_000),
    /** On SIGTERM, how long the server waits for the job in progress (a site rebuild) before it exits anyway. */
    SHUTDOWN_TIMEOUT_MS: milliseconds('SHUTDOWN_TIMEOUT_MS', 60_000),
    /**
     * Media in S3-compatible object storage (src/media/storage.ts): set S3_BUCKET and the rest;
     * unset keeps uploads in MEDIA_DIR. S3_ENDPOINT is for services other than AWS (MinIO, R2, …);
     * S3_PUBLIC_URL is where visitors and site builds read the files, e.g. https://media.example.com.
     */
    S3_BUCKET: optionalText(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET must be a bucket name: 3–63 lowercase letters, digits, dots and hyphens')),
    S3_ENDPOINT: optionalText(z.url('S3_ENDPOINT must be an absolute URL such as https://s3.eu-central-1.example.com')),
    S3_REGION: optionalText(z.string().regex(/^[a-z0-9-]+$/, 'S3_REGION must be a region name such as eu-central-1')),
    S3_ACCESS_KEY_ID: optionalText(z.string()),
    S3_SECRET_ACCESS_KEY: optionalText(z.string()),
    S3_PUBLIC_URL: optionalText(z.url('S3_PUBLIC_URL must be an absolute URL such as https://media.example.com')),
    /** Post imports (src/import/limits.ts): largest input file (and what a zip may unpack to), posts per import, image size and download time. */
    IMPORT_MAX_INPUT_MB: wholeNumber('IMPORT_MAX_INPUT_MB', 100, 1, 2048),
    IMPORT_MAX_POSTS: wholeNumber('IMPORT_MAX_POSTS', 2000, 1, 1_000_000),
    IMPORT_MAX_IMAGE_MB: wholeNumber('IMPORT_MAX_IMAGE_MB', 10, 1, 1024),
    IMPORT_IMAGE_TIMEOUT_MS: milliseconds('IMPORT_IMAGE_TIMEOUT_MS', 15_000, 1),
    /** Where a command was typed (pnpm sets it): the command-line scripts resolve the paths they are given against it. */
    INIT_CWD: optionalText(z.string()),
  })
  .transform((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.PAYLOAD_SECRET === undefined) {
      ctx.addIssue({ code: 'custom', path: ['PAYLOAD_SECRET'], message: 'PAYLOAD_SECRET is required when NODE_ENV=production' })
    }
    if (env.LOCAL_REBUILD && env.BUILD_TOKEN === undefined) {
      ctx.addIssue({ code: 'custom', path: ['BUILD_TOKEN'], message: 'BUILD_TOKEN is required when LOCAL_REBUILD=true (local site builds read snapshots with it)' })
    }
    const s3Names = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PUBLIC_URL'] as const
    const s3Given = s3Names.filter((name) => env[name] !== undefined)
    if (s3Given.length > 0 || env.S3_ENDPOINT !== undefined) {
      for (const name of s3Names) {
        if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: `${name} is required when media live in object storage (S3_BUCKET or another S3_* variable is set)` })
      }
    }
    const isMongo = env.DATABASE_URI.startsWith('mongodb')
    const sqliteFile = isMongo ? null : path.resolve(CMS_ROOT, env.DATABASE_URI.slice('file:'.length))
    return {
      ...env,
      PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? DEV_SECRET,
      /** Which adapter DATABASE_URI selects. */
      databaseKind: isMongo ? ('mongodb' as const) : ('sqlite' as const),
      /** Absolute path of the SQLite file, or null on MongoDB. */
      sqliteFile,
      mediaDir: path.resolve(CMS_ROOT, env.MEDIA_DIR),
      /** The folder a command-line script resolves its path arguments against: where it was typed, not apps/cms. */
      callerDir: path.resolve(env.INIT_CWD ?? process.cwd()),
      serverUrl: env.SERVER_URL.replace(/\/+$/, ''),
      /** Object storage for media, or null: uploads stay in `mediaDir`. */
      s3:
        env.S3_BUCKET && env.S3_REGION && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY && env.S3_PUBLIC_URL
          ? {
              bucket: env.S3_BUCKET,
              endpoint: env.S3_ENDPOINT ?? null,
              region: env.S3_REGION,
              accessKeyId: env.S3_ACCESS_KEY_ID,
              secretAccessKey: env.S3_SECRET_ACCESS_KEY,
              publicUrl: env.S3_PUBLIC_URL.replace(/\/+$/, ''),
            }
          : null,
      /** The admin's origin: the only one whose cookie-authenticated requests are accepted (CSRF). */
      adminOrigin: new URL(env.SERVER_URL).origin,
      /** Origins always allowed to call the CMS from a browser (CORS): the admin's and SITE_ORIGINS. */
      browserOrigins: [...new Set([new URL(env.SERVER_URL).origin, ...env.SITE_ORIGINS])],
      /** Session cookies are `Secure` in production (browsers also accept them on http://localhost). */
      secureCookies: env.NODE_ENV === 'production',
    }
  })

export type Env = z.output<typeof EnvSchema>

function readEnv(): Env {
  // Next loads apps/cms/.env itself; scripts run with tsx (seed, snapshot) need it loaded here.
  // Variables already set in the environment win over the file.
  const envFile = path.join(CMS_ROOT, '.env')
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  const result = EnvSchema.safeParse(process.env)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid CMS environment (see apps/cms/README.md):\n${lines.join('\n')}`)
  }
  return result.data
}

/** The validated environment. This is the only module that reads `process.env`. */
export const env: Env = readEnv()

/**
 * The environment for a child process: this process's environment without `omit`, plus `extra`.
 * Lives here so that `process.env` is still read in one place only.
 */
export function childProcessEnv(extra: Readonly<Record<string, string>>, omit: readonly string[] = []): NodeJS.ProcessEnv {
  const child: Record<string, string | undefined> = { ...process.env }
  for (const name of omit) delete child[name]
  return { ...child, ...extra } as NodeJS.ProcessEnv
}

/** The site's script `args` as the CMS runs it on this machine: SITE_COMMAND followed by `args`. */
export function siteCommand(...args: string[]): [string, ...string[]] {
  return [...env.SITE_COMMAND, ...args]
}
