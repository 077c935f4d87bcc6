import { env } from '../env'
import type { ImportLimits } from './types'

const MEGABYTE = 1024 * 1024

/** The limits of a post import as configured in the environment (`IMPORT_*`, validated in env.ts). */
export function importLimitsFromEnv(): ImportLimits {
  return {
    maxInputBytes: env.IMPORT_MAX_INPUT_MB * MEGABYTE,
    maxPosts: env.IMPORT_MAX_POSTS,
    maxImageBytes: env.IMPORT_MAX_IMAGE_MB * MEGABYTE,
    imageTimeoutMs: env.IMPORT_IMAGE_TIMEOUT_MS,
  }
}
