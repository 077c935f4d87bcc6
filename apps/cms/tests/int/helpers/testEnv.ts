/*
 * The integration tests' one door to the process environment: the variables only the tests read,
 * the CMS settings a test sets for the Payload it starts in this process, and the environment of
 * the child processes it starts. The CMS's own variables are read by src/env.ts.
 */

/** Variables that only the tests read. */
export const testOnlyEnv = {
  /** `mongodb` for the vitest project that runs the suite on MongoDB (vitest.config.ts), else SQLite. */
  database: process.env.TEST_DATABASE === 'mongodb' ? ('mongodb' as const) : ('sqlite' as const),
  /** The MongoDB replica set the MongoDB run creates its databases on; unset skips that run. */
  mongoUri: process.env.MONGODB_URI || undefined,
  /** Replays a fuzz run (appointmentFuzz.int.spec.ts prints the seed it used). */
  appointmentFuzzSeed: process.env.APPOINTMENT_FUZZ_SEED || undefined,
}

/**
 * Sets CMS settings in this process, for the Payload a test starts here (src/env.ts reads them
 * once, when the config is first imported) or for code that reads them per request (NODE_ENV in
 * Payload's GraphQL routes). Returns what puts the previous values back.
 */
export function setCmsEnv(values: Readonly<Record<string, string>>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]))
  Object.assign(process.env, values)
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/** The value of a CMS setting as this process has it (what `startPayload` set), for a child process or an assertion. */
export function cmsSetting(name: string): string | undefined {
  return process.env[name]
}

/**
 * The environment of a child process a test starts: this process's (with the settings
 * `startPayload` chose, so the child shares its database), without the variables matching
 * `omit`, plus `extra`.
 */
export function childEnv(extra: Readonly<Record<string, string>> = {}, omit?: RegExp): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  if (omit) for (const name of Object.keys(env)) if (omit.test(name)) delete env[name]
  return { ...env, ...extra }
}
