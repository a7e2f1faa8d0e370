import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit tests live beside the code (`*.test.ts`); integration tests that start servers are
// `*.int.test.ts` (`cms`: against one CMS; `integration`: site builds); browser tests are
// `*.e2e.test.ts`. Four projects; `npm test` runs them one after the other (cms on PostgreSQL beside e2e).
// One build per site and inputs per run, shared by the test files (packages/test-support/src/build-cache.ts).
const BUILD_CACHE = 'packages/test-support/src/build-cache-setup.ts'

export default defineConfig({
  test: {
    projects: [
      {
        // cms/tsconfig.json says `jsx: preserve` (Next compiles the admin's JSX). Vite 8's oxc
        // reads that and would leave JSX in what tests import (cms/src/components/*.tsx).
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'unit',
          // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where every
          // other file would wait for the typecheck test (scripts/typecheck.test.ts) to finish.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          include: ['content-models/**/*.test.ts', 'packages/**/*.test.ts', 'scripts/**/*.test.ts', 'cms/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        // Over real HTTP against one CMS started on a temporary SQLite file (global setup).
        test: {
          name: 'cms',
          include: ['cms/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: [BUILD_CACHE, 'cms/test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**', 'cms/**'],
          globalSetup: [BUILD_CACHE],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: [BUILD_CACHE],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
