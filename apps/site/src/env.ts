import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PAGE_COLLECTIONS, type PageCollection } from '@clinic/schema'
import { z } from 'zod'

/** The apps/site folder; relative paths in the environment are resolved against it. */
export const SITE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `<collection>:<id>` of SITE_PREVIEW_DOCUMENT. */
const PREVIEW_DOCUMENT = new RegExp(`^(${PAGE_COLLECTIONS.join('|')}):(.+)$`)

/** The document of a draft preview build: one page of the snapshot, by collection and id. */
export interface PreviewDocument {
  collection: PageCollection
  id: string
}

function previewDocument(document: string | undefined, articleId: string | undefined): PreviewDocument | null {
  if (articleId !== undefined) return { collection: 'articles', id: articleId }
  const match = document === undefined ? null : PREVIEW_DOCUMENT.exec(document)
  if (match === null) return null
  return { collection: match[1] as PageCollection, id: match[2] as string }
}

const EnvSchema = z
  .object({
    /** Origin (and optional path) of the CMS that serves brand snapshots, e.g. `https://cms.example.com`. */
    CMS_URL: z.url({ protocol: /^https?$/, error: 'CMS_URL must be an absolute http(s) URL such as https://cms.example.com' }).optional(),
    /** Bearer token the CMS expects from deploy-time builds (the CMS's BUILD_TOKEN). Required with CMS_URL. */
    CMS_BUILD_TOKEN: z.string().optional(),
    /** A folder of `<brand>.json` snapshot files; used instead of the CMS when set. */
    SNAPSHOT_DIR: z.string().optional(),
    /** Where built brands go, one folder each (`<SITE_OUT_DIR>/<brand>/`). */
    SITE_OUT_DIR: z.string().default('dist'),
    /**
     * `true` serves every brand under `/<brand>/` so one local server can show them all;
     * `false` (default) builds each brand for the root of its own domain.
     */
    SITE_BASE_PATH_PER_BRAND: z
      .stringbool({ error: 'SITE_BASE_PATH_PER_BRAND must be true or false (also accepted: 1/0, yes/no, on/off)' })
      .default(false),
    /**
     * How many brands are built at once, each in its own process (about 1 GB of memory each).
     * Default: one more than the CPU cores (a build waits for files and for its turn to sync
     * now and then, and the extra process keeps every core busy), at most the number of brands.
     */
    SITE_BUILD_CONCURRENCY: z.coerce
      .number<string | undefined>({ error: 'SITE_BUILD_CONCURRENCY must be a whole number from 1 to 64' })
      .int('SITE_BUILD_CONCURRENCY must be a whole number from 1 to 64')
      .min(1, 'SITE_BUILD_CONCURRENCY must be a whole number from 1 to 64')
      .max(64, 'SITE_BUILD_CONCURRENCY must be a whole number from 1 to 64')
      .optional(),
    /**
     * The validated snapshot file the pages read (src/lib/loadSite.ts). `scripts/build-brands.ts`
     * sets it for each brand; set it yourself only to run `astro dev` on one snapshot.
     */
    SITE_SNAPSHOT_FILE: z.string().optional(),
    /**
     * Set by scripts/render-preview.ts: build only this document's page (a draft preview), given
     * as `<collection>:<id>` with a page collection of the snapshot (`therapies:12`); every other
     * page with one page per document is left out, and images are not optimised.
     */
    SITE_PREVIEW_DOCUMENT: z
      .string()
      .regex(PREVIEW_DOCUMENT, `SITE_PREVIEW_DOCUMENT must be <collection>:<id> with a collection of: ${PAGE_COLLECTIONS.join(', ')}`)
      .optional(),
    /** Shorthand of `SITE_PREVIEW_DOCUMENT=articles:<id>`. */
    SITE_PREVIEW_ARTICLE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.CMS_URL !== undefined && (env.CMS_BUILD_TOKEN === undefined || env.CMS_BUILD_TOKEN.trim() === '')) {
      ctx.addIssue({ code: 'custom', path: ['CMS_BUILD_TOKEN'], message: 'CMS_BUILD_TOKEN is required when CMS_URL is set' })
    }
    if (env.SITE_PREVIEW_DOCUMENT !== undefined && env.SITE_PREVIEW_ARTICLE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['SITE_PREVIEW_ARTICLE'], message: 'set SITE_PREVIEW_DOCUMENT or SITE_PREVIEW_ARTICLE, not both' })
    }
  })
  .transform((env) => ({
    ...env,
    /** CMS_URL with exactly one trailing slash, so `new URL('api/…', cmsUrl)` keeps any path prefix. */
    cmsUrl: env.CMS_URL === undefined ? null : `${env.CMS_URL.replace(/\/+$/, '')}/`,
    snapshotDir: env.SNAPSHOT_DIR === undefined ? null : path.resolve(SITE_ROOT, env.SNAPSHOT_DIR),
    outDir: path.resolve(SITE_ROOT, env.SITE_OUT_DIR),
    snapshotFile: env.SITE_SNAPSHOT_FILE === undefined ? null : path.resolve(SITE_ROOT, env.SITE_SNAPSHOT_FILE),
    basePathPerBrand: env.SITE_BASE_PATH_PER_BRAND,
    /** The document a draft preview build renders, or null for a real build. */
    preview: previewDocument(env.SITE_PREVIEW_DOCUMENT, env.SITE_PREVIEW_ARTICLE),
    buildConcurrency: env.SITE_BUILD_CONCURRENCY ?? os.availableParallelism() + 1,
  }))

/** The validated environment: the raw variables plus resolved paths and flags. */
export type SiteEnv = z.output<typeof EnvSchema>

/** Raised when the environment does not fit; the message names each variable and what is wrong. */
export class EnvError extends Error {
  constructor(lines: string[]) {
    super(`Invalid site environment (see apps/site/README.md):\n${lines.map((line) => `  ${line}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

/**
 * Validates an environment. Empty values count as unset, because `.env` files and CI
 * templates often carry `NAME=` for variables that are not in use.
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): SiteEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''))
  const result = EnvSchema.safeParse(present)
  if (result.success) return result.data
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`))
}

let cached: SiteEnv | undefined

/** The validated process environment. This module is the only place of the site that reads `process.env`. */
export function env(): SiteEnv {
  cached ??= parseEnv(process.env)
  return cached
}

/**
 * The environment for a child process: this process's environment plus `extra`.
 * Lives here so that `process.env` is still read in one place only.
 */
export function childProcessEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
