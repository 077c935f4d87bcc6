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

/** The CMS's environment on the seeded database. */
export const cmsEnv = (ctx: BenchContext): NodeJS.ProcessEnv => ({ ...ctx.env, DATABASE_URI: `file:${ctx.dbFile}`, MEDIA_DIR: ctx.mediaDir, SERVER_URL: ctx.mediaUrl })

/** The site build's environment, writing into `outDir`. */
export const siteEnv = (ctx: BenchContext, outDir: string): NodeJS.ProcessEnv => ({ ...ctx.env, SITE_OUT_DIR: outDir })

/** `pnpm --silent <args>` from the repository root, measured (see `run`). */
export function pnpm(ctx: BenchContext, step: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; showStderr?: boolean }): Promise<RunResult> {
  return run(step, 'pnpm', ['--silent', ...args], { cwd: ctx.root, ...options })
}
