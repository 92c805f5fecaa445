import { defineConfig } from 'vitest/config';

const usePostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  test: {
    // Two workers suit the 2-core machines we run on; each API test file has its own database.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: [
            'apps/server/src/**/*.test.ts',
            // The data generator's invariants, checked through the server's services.
            'bench/src/**/*.test.ts',
            // Concurrency proofs need real parallel connections: PGlite has one.
            ...(usePostgres ? ['apps/server/src/**/*.pg-test.ts'] : []),
          ],
          globalSetup: ['apps/server/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // `npm run test:fuzz`: 1,000 generated bad inputs per write endpoint (robustness/).
          name: 'fuzz',
          include: ['apps/server/src/robustness/*.fuzz.ts'],
          globalSetup: ['apps/server/src/testing/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
