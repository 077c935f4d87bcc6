/*
 * The browser tests' one door to the process environment: what playwright.config.ts sets for the
 * server and every worker (CMS_E2E_*), the demo accounts' variables (the same names and defaults
 * as the CMS's src/env.ts), the variables only these tests read, and the environment of the
 * processes they start.
 */

/** The demo accounts the seed creates (DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, DEMO_EDITOR_PASSWORD). */
export const demoAccounts = {
  adminEmail: process.env.DEMO_ADMIN_EMAIL || 'admin@demo-network.example',
  adminPassword: process.env.DEMO_ADMIN_PASSWORD || 'demo-admin-2026',
  editorPassword: process.env.DEMO_EDITOR_PASSWORD || 'demo-editor-2026',
}

/** Variables only the browser tests read (read when asked for: playwright.config.ts sets CMS_E2E_* as it loads). */
export const e2eOnlyEnv = {
  /** The run's temporary folder (database, media, built sites), chosen by playwright.config.ts. */
  get dir() {
    return process.env.CMS_E2E_DIR
  },
  /** The bearer token the CMS under test gives site builds. */
  get buildToken() {
    return process.env.CMS_E2E_BUILD_TOKEN
  },
  /** Where the CMS under test builds brand sites. */
  get sitesDir() {
    return process.env.CMS_E2E_SITES_DIR
  },
  /** The MongoDB replica set of the scale-out suite's MongoDB run; unset skips it. */
  mongoUri: process.env.MONGODB_URI || undefined,
  /** Prints the scale-out suite's server output. */
  scaleOutVerbose: Boolean(process.env.CMS_SCALE_OUT_VERBOSE),
}

/** The environment of a process a test starts: this process's, plus `extra`. */
export function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
