import type { Payload } from 'payload'
import { CMS_ROOT, childProcessEnv, env } from '../env'
import { payloadRebuildBackend } from './payloadBackend'
import type { AttemptOutcome } from './RebuildScheduler'
import { RebuildScheduler } from './RebuildScheduler'
import { runLocalSiteBuild } from './runLocalSiteBuild'

/** A local site build that takes longer than this is stopped and recorded as failed. */
const LOCAL_BUILD_TIMEOUT_MS = 10 * 60 * 1000

/**
 * Variables of the CMS process the site build must not inherit: secrets it does not need,
 * Next's NODE_ENV, and the site's own settings that would read snapshots from files instead.
 */
const NOT_FOR_SITE_BUILD = ['NODE_ENV', 'PAYLOAD_SECRET', 'DATABASE_URI', 'BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_SNAPSHOT_FILE']

/** Runs one call at a time: local builds share apps/site and the machine's cores. */
function oneAtATime<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve()
  return (...args) => {
    const result = queue.then(() => run(...args))
    // The queue only orders the calls; each caller gets its own result, failures included.
    queue = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }
}

function localSiteBuild(payload: Payload): (slug: string) => Promise<AttemptOutcome> {
  const siteEnv = childProcessEnv(
    { CMS_URL: env.serverUrl, CMS_BUILD_TOKEN: env.BUILD_TOKEN ?? '', SITE_BASE_PATH_PER_BRAND: 'true' },
    NOT_FOR_SITE_BUILD,
  )
  return oneAtATime((slug: string) => {
    payload.logger.info(`Building the site of brand ${slug} on this machine (pnpm --filter site build --brand ${slug}) …`)
    return runLocalSiteBuild({
      slug,
      cwd: CMS_ROOT,
      env: siteEnv,
      timeoutMs: LOCAL_BUILD_TIMEOUT_MS,
      onLine: (line) => payload.logger.debug(`site build ${slug} │ ${line}`),
    })
  })
}

const schedulers = new WeakMap<Payload, RebuildScheduler>()

/**
 * The process's rebuild scheduler for this Payload instance, created on first use from the
 * environment (REBUILD_* and LOCAL_REBUILD; see apps/cms/README.md).
 */
export function rebuildSchedulerFor(payload: Payload): RebuildScheduler {
  let scheduler = schedulers.get(payload)
  if (!scheduler) {
    scheduler = new RebuildScheduler({
      backend: payloadRebuildBackend({
        payload,
        maxAttempts: env.REBUILD_MAX_ATTEMPTS,
        timeoutMs: env.REBUILD_TIMEOUT_MS,
        localBuild: env.LOCAL_REBUILD ? localSiteBuild(payload) : null,
      }),
      debounceMs: env.REBUILD_DEBOUNCE_MS,
      retryBaseMs: env.REBUILD_RETRY_BASE_MS,
      log: { info: (message) => payload.logger.info(message), error: (message) => payload.logger.error(message) },
    })
    schedulers.set(payload, scheduler)
  }
  return scheduler
}

/**
 * Drops this Payload instance's scheduler as a stopped process would: changes waiting for
 * their quiet period are not rebuilt by it (their records stay `pending`, for
 * `resumeInterruptedRebuilds`), and the next `rebuildSchedulerFor` creates a new scheduler.
 * Runs in progress go on. Tests use it to simulate a restart of the CMS.
 */
export function abandonRebuildScheduler(payload: Payload): void {
  schedulers.get(payload)?.abandon()
  schedulers.delete(payload)
}
