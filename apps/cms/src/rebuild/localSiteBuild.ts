import type { Payload } from 'payload'
import { CMS_ROOT, childProcessEnv, env, siteCommand } from '../env'
import { oneAtATime } from '../oneAtATime'
import type { AttemptOutcome } from './outcome'
import { runLocalSiteBuild } from './runLocalSiteBuild'

/** A local site build that takes longer than this is stopped and recorded as failed. */
const LOCAL_BUILD_TIMEOUT_MS = 10 * 60 * 1000

/**
 * Variables of the CMS process the site build must not inherit: secrets it does not need,
 * Next's NODE_ENV, and the site's own settings that would read snapshots from files instead.
 */
const NOT_FOR_SITE_BUILD = ['NODE_ENV', 'PAYLOAD_SECRET', 'DATABASE_URI', 'BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_SNAPSHOT_FILE']

/**
 * Builds one brand's site on this machine (LOCAL_REBUILD): the site's `build --brand <slug>`
 * (SITE_COMMAND), reading the snapshot from SERVER_URL with BUILD_TOKEN. One build at a time per
 * process; a build waits for the one before it.
 */
export const buildSiteLocally = oneAtATime((payload: Payload, slug: string): Promise<AttemptOutcome> => {
  const command = siteCommand('build', '--brand', slug)
  payload.logger.info(`Building the site of brand ${slug} on this machine (${command.join(' ')}) …`)
  return runLocalSiteBuild({
    slug,
    command,
    cwd: CMS_ROOT,
    env: childProcessEnv({ CMS_URL: env.serverUrl, CMS_BUILD_TOKEN: env.BUILD_TOKEN ?? '', SITE_BASE_PATH_PER_BRAND: 'true' }, NOT_FOR_SITE_BUILD),
    timeoutMs: LOCAL_BUILD_TIMEOUT_MS,
    onLine: (line) => payload.logger.debug(`site build ${slug} │ ${line}`),
  })
})
