/**
 * Runs once when the Next server starts (Next's instrumentation hook). Starting Payload here,
 * rather than on the first admin request, means scheduled publishing runs from the moment the
 * CMS is up, even when nobody opens the admin.
 */
export async function register(): Promise<void> {
  // Payload needs Node APIs; Next also loads this file for the edge runtime, which has none.
  // NEXT_RUNTIME is not a setting: Next writes it into each bundle at build time, and src/env.ts
  // (node:fs, the .env file) cannot be imported in the edge bundle to read it from there.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startServer } = await import('./server/startServer')
  await startServer()
}
