import config from '@payload-config'
import { getPayload } from 'payload'
import { env } from '../env'

/**
 * What the CMS server does when it starts: initialises Payload with its cron runners (the jobs
 * queues: scheduled publish and unpublish on `default`, site rebuilds on `rebuilds`; see `jobs`
 * in payload.config.ts). Rebuilds a previous process left undone are jobs in the database: the
 * runners pick them up like any other. Only the server does this; scripts (seed, snapshot)
 * never run jobs.
 */
export async function startServer(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  if (env.JOBS_AUTORUN) payload.logger.info(`Jobs runner started (JOBS_CRON "${env.JOBS_CRON}"): scheduled publishing and site rebuilds run from this process.`)
}
