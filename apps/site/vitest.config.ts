import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Only our tests: Playwright's *.spec.ts files (later) must not be picked up.
    include: ['tests/**/*.test.ts'],
    // Several tests run real Astro builds (1–5 s each on a small machine, more when files run in parallel).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
