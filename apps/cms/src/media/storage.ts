import type { Plugin } from 'payload'
import type { Env } from '../env'

/** Plugins that move media to object storage when S3_* is configured; none keeps MEDIA_DIR. */
export function mediaStorage(_env: Env): Plugin[] {
  return []
}
