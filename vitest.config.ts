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
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{domain,contracts,store,server}/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'web', environment: 'jsdom', include: ['packages/web/src/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
