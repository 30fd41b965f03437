import { MANIFEST_TOKEN, type PrecacheManifest } from './precache-manifest';
import { registerServiceWorkerHandlers, type WorkerScope } from './service-worker-handlers';

/**
 * The service worker (built to `/sw.js`, see vite.config.ts). The build replaces the token (MANIFEST_TOKEN) with this
 * build's manifest, escaped for a string literal.
 */
const manifest = JSON.parse(MANIFEST_TOKEN) as PrecacheManifest;

registerServiceWorkerHandlers(self as unknown as WorkerScope, manifest);
