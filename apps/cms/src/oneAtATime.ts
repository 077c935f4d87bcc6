/**
 * `run`, one call at a time: each call starts when every earlier one has settled. Each caller
 * gets its own result, failures included; a failure does not stop the calls after it. For work
 * that shares one resource in this process (apps/site and the machine's cores).
 */
export function oneAtATime<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve()
  return (...args) => {
    const result = queue.then(() => run(...args))
    queue = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }
}
