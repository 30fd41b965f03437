import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));

/**
 * The URL paths of every file in the built web app (`npm run build`): `/index.html`, `/favicon.svg`,
 * `/assets/index-….js` and so on. The only things the self-check should ever fetch, besides `/` itself.
 *
 * @returns The set of paths, each starting with "/".
 */
export function builtFilePaths(): ReadonlySet<string> {
  const paths = readdirSync(WEB_DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(WEB_DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  return new Set(paths);
}
