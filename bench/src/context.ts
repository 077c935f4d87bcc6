import type { BenchOptions } from './options'
import { type RunResult, run } from './process'

/** Where one bench run works and what every step needs. */
export interface BenchContext {
  /** The repository root: `pnpm --filter` commands run from there. */
  root: string
  /** The run's temp folder; everything but the results is written below it. */
  temp: string
  /** The seeded SQLite file, its media folder and the snapshots written from it. */
  dbFile: string
  mediaDir: string
  snapshotDir: string
  /** The media server standing in for the CMS the site builds download images from. */
  mediaUrl: string
  options: BenchOptions
  /** What child commands inherit (see `inheritedEnv`). */
  env: NodeJS.ProcessEnv
}

/** One progress line on stderr (stdout carries the result table). */
export const log = (line: string): void => console.error(`› ${line}`)

/** A CMS database of the run: its SQLite file and media folder. */
export interface CmsData {
  dbFile: string
  mediaDir: string
}

/**
 * The environment of a CMS command (`pnpm --filter cms …`), the one place the bench sets the
 * CMS's settings: the database and media folder `data` (the seeded ones unless given), the media
 * server as SERVER_URL, no local site builds, and dev mode unless `production` gives the secret
 * of a production start (migrations instead of dev mode's schema push). The CMS's scripts read
 * these through its src/env.ts.
 */
export function cmsEnv(ctx: BenchContext, data: CmsData = ctx, production?: { secret: string }): NodeJS.ProcessEnv {
  return {
    ...ctx.env,
    DATABASE_URI: `file:${data.dbFile}`,
    MEDIA_DIR: data.mediaDir,
    SERVER_URL: ctx.mediaUrl,
    LOCAL_REBUILD: 'false',
    ...(production ? { NODE_ENV: 'production', PAYLOAD_SECRET: production.secret } : { NODE_ENV: 'development' }),
  }
}

/** The site build's environment, writing into `outDir`. */
export const siteEnv = (ctx: BenchContext, outDir: string): NodeJS.ProcessEnv => ({ ...ctx.env, SITE_OUT_DIR: outDir })

/** `pnpm --silent <args>` from the repository root, measured (see `run`). */
export function pnpm(ctx: BenchContext, step: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; showStderr?: boolean }): Promise<RunResult> {
  return run(step, 'pnpm', ['--silent', ...args], { cwd: ctx.root, ...options })
}
