/**
 * The demo admin the seed creates; the same variables and defaults as the
 * CMS's env.ts (DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD).
 */
export const demoAdmin = {
  email: process.env.DEMO_ADMIN_EMAIL || 'admin@demo-network.example',
  password: process.env.DEMO_ADMIN_PASSWORD || 'demo-admin-2026',
}
