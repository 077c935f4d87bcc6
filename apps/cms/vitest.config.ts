import path from 'node:path'
import { defineConfig } from 'vitest/config'

/*
 * The integration suite runs once per database adapter. The MongoDB project needs a server
 * (MONGODB_URI) and reports its tests as skipped without one.
 */
export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    pool: 'forks',
    // One Payload instance (and database) per file; files run one at a time on two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'sqlite', include: ['tests/int/**/*.int.spec.ts'], env: { TEST_DATABASE: 'sqlite', NODE_ENV: 'test' } } },
      { extends: true, test: { name: 'mongodb', include: ['tests/int/**/*.int.spec.ts'], env: { TEST_DATABASE: 'mongodb', NODE_ENV: 'test' } } },
    ],
  },
})
