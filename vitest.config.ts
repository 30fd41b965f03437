import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index.ts'): string =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

// Tests run against the TypeScript sources, so `npm test` needs no build for unit and API tests.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@kratom-care/domain': src('domain'),
      '@kratom-care/contracts': src('contracts'),
      '@kratom-care/store': src('store'),
      '@kratom-care/server': src('server', 'app.ts'),
    },
  },
  test: {
    env: { TZ: 'UTC' },
    // Vitest's default leaves one core to the main process, which on the 2-core machines means one
    // worker and a suite that waits on PostgreSQL one file at a time. Measured on this machine with
    // the same 1,473 tests: 231 s with one worker, 118 s with two.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{domain,contracts,store,server}/src/**/*.test.ts'],
          // One module graph per worker instead of one per file: importing the app, the store and
          // zod again for each of ~70 files was most of the suite's import time. Safe because these
          // tests keep no state between files: no vi.mock, fake timers, stubbed env or globals,
          // and every app, database and scratch schema is made and closed inside its own file. A
          // test that needs a fresh module graph (vi.mock, vi.useFakeTimers, vi.stubEnv) goes in a
          // separate project with `isolate: true`.
          isolate: false,
          pool: 'threads',
        },
      },
      {
        extends: true,
        // jsdom, React Testing Library and localStorage are per-file state: keep these isolated.
        test: { name: 'web', environment: 'jsdom', include: ['packages/web/src/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
