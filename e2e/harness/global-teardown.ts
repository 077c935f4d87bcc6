import { releaseResources } from './run-resources'

/** Stops the media and site servers global setup started and removes the run's temp folder. */
export default async function globalTeardown(): Promise<void> {
  await releaseResources()
}
