import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { MANIFEST_TOKEN, buildPrecacheManifest, manifestLiteral } from './src/offline/precache-manifest.ts';

const SW_ENTRY = 'service-worker';

/**
 * Writes the offline self-check's file list into `/sw.js` once the bundle is final: the shell, every chunk
 * the self-check can load, its CSS and the icon; never the workspace's chunks (decision 0020).
 */
function precacheManifest(): Plugin {
  return {
    name: 'kratom-care:precache-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      const worker = bundle['sw.js'];
      if (html?.type !== 'asset' || worker?.type !== 'chunk') {
        throw new Error('precache: the build has no index.html or sw.js');
      }
      const manifest = buildPrecacheManifest(bundle, {
        entry: 'index.html',
        // The workspace, and the header's signed-in menu and session check: they need the API anyway, and
        // what they show is personal.
        excludeLazy: [
          'src/app/workspace-routes.tsx',
          // The finder and the call-back request: they need the API too (decision 0032).
          'src/features/find-care/find-care-routes.tsx',
          'src/features/account/session/account-menu.tsx',
          'src/features/account/session/session-schemas.ts',
        ],
        publicFiles: readdirSync(fileURLToPath(new URL('public', import.meta.url))),
        shellHtml: String(html.source),
        hash: (text) => createHash('sha256').update(text).digest('hex'),
      });
      const parts = worker.code.split(MANIFEST_TOKEN);
      if (parts.length !== 2) {
        throw new Error('precache: the service worker must contain the manifest token exactly once');
      }
      worker.code = parts.join(manifestLiteral(manifest));
    },
  };
}

// The web package consumes the domain as TypeScript source, so the browser scores with exactly the
// code the server and the tests use, and Vite tree-shakes what the self-check does not need.
export default defineConfig({
  plugins: [react(), precacheManifest()],
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
    rolldownOptions: {
      // The service worker is a second entry, at the site root (its scope) under a fixed name.
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        [SW_ENTRY]: fileURLToPath(new URL('src/offline/service-worker.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === SW_ENTRY ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
    },
  },
});
