import config from '@payload-config'
import { getPayload } from 'payload'
import { env } from '../env'
import { resumeInterruptedRebuilds } from '../rebuild'

/**
 * What the CMS server does when it starts: initialises Payload with its cron runner (the jobs
 * queue: scheduled publish and unpublish, see `jobs` in payload.config.ts), and rebuilds the
 * brand sites whose published changes a previous process had not rebuilt yet. Only the server
 * does this; scripts (seed, snapshot) never start jobs or rebuilds.
 */
export async function startServer(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  if (env.JOBS_AUTORUN) payload.logger.info(`Jobs runner started (JOBS_CRON "${env.JOBS_CRON}"): scheduled publishing runs from this process.`)
  await resumeInterruptedRebuilds(payload)
}
