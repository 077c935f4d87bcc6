import { createRequire } from 'node:module'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

/*
 * The integration suite runs once per database adapter. The MongoDB project needs a server
 * (MONGODB_URI) and reports its tests as skipped without one.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.resolve(import.meta.dirname, 'src/payload.config.ts') },
      // graphql ships a CommonJS (index.js) and an ES module (index.mjs) build. Payload gets the first
      // (Node's resolution), Vite would give the CMS's own modules the second, and graphql refuses
      // schema types "from another module or realm" (src/graphql's validation rules).
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
    ],
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
