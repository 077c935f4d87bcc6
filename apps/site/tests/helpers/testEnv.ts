/*
 * The site tests' one door to the process environment: the settings a test gives the site code
 * it runs in this process, and the environment of the processes it starts. The site's own
 * variables are read by src/env.ts.
 */

/**
 * Sets site settings in this process, for the site code a test runs here (src/env.ts reads them
 * once, on first use; each test file runs in its own process).
 */
export function setSiteEnv(values: Readonly<Record<string, string>>): void {
  Object.assign(process.env, values)
}

/** The environment of a process a test starts: this process's, without the variables in `omit`, plus `extra`. */
export function childEnv(extra: Readonly<Record<string, string>> = {}, omit: readonly string[] = []): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !omit.includes(name)))
  return { ...inherited, ...extra }
}
