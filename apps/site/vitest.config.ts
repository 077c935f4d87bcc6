/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

/*
 * Astro's Vite config (its compiler plugin, `astro:assets`) so component tests can render
 * `.astro` files with the container API; plain TypeScript tests are unaffected.
 */
export default getViteConfig(
  {
    test: {
      // Unit tests beside the code (src/, scripts/), real brand builds in tests/. Only *.test.ts:
      // Playwright's *.spec.ts files must not be picked up.
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
      // Several tests run real Astro builds (1–5 s each on a small machine, more when files run in parallel).
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  },
  {
    // Real builds allow the snapshot's media hosts (scripts/build-one-brand.ts); component tests
    // allow the fixture's, so `<Image>` renders the optimised `srcset` it renders in a build.
    image: { remotePatterns: [{ protocol: 'https', hostname: 'media.harbor-lane-physio.example' }] },
    logLevel: 'warn',
  },
)
