import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The HTML of the fake UI build, so tests can tell the shell apart from other answers. */
export const TEST_INDEX_HTML = '<!doctype html><html><head><title>Test shell</title></head><body></body></html>';

/**
 * Writes a minimal built UI (index.html, a hashed asset, a dotfile) to a temp folder.
 *
 * @returns The folder and a function that deletes it.
 */
export function createTempWebRoot(): { webRoot: string; remove: () => void } {
  const webRoot = mkdtempSync(join(tmpdir(), 'kratom-care-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), TEST_INDEX_HTML);
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("ui");');
  writeFileSync(join(webRoot, '.env'), 'SECRET=do-not-serve');
  return {
    webRoot,
    remove: () => {
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
