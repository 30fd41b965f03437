import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web package consumes the domain as TypeScript source, so the browser scores with exactly the
// code the server and the tests use, and Vite tree-shakes what the self-check does not need.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@kratom-care/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
      // The API schemas, from source like the domain: only the workspace's lazy chunks import them.
      '@kratom-care/contracts': fileURLToPath(new URL('../contracts/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill would be inlined; the CSP allows scripts from 'self' only, and every target browser
    // supports modulepreload natively.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
    },
  },
});
