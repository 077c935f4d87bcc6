import { demoAccounts } from './e2eEnv'

/**
 * The demo admin the seed creates; the same variables and defaults as the
 * CMS's env.ts (DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD).
 */
export const demoAdmin = {
  email: demoAccounts.adminEmail,
  password: demoAccounts.adminPassword,
}
