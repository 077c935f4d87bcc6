/**
 * The only module of the bench that reads `process.env`: what the child commands inherit, and
 * where Chromium is. Everything else gets these values passed in.
 */

/**
 * Variables of a developer's shell that would point the bench's CMS and site at something else;
 * the CMS's are set for each CMS command instead (`cmsEnv` in context.ts).
 */
const POINTED_ELSEWHERE = ['CMS_URL', 'CMS_BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_SNAPSHOT_FILE', 'SITE_BASE_PATH_PER_BRAND', 'DATABASE_URI', 'MEDIA_DIR', 'LOCAL_REBUILD', 'NODE_ENV', 'PAYLOAD_SECRET']

/** The environment every child command starts from: this process's, without {@link POINTED_ELSEWHERE}. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of POINTED_ELSEWHERE) delete env[name]
  return env
}

/** The Chromium Lighthouse drives: CHROMIUM_PATH, else /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}
