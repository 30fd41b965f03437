// Finds a Chromium for the browser tests, installing one when none is found.
// As root on Debian it uses apt (this project's machines cannot download Playwright's browser builds);
// elsewhere it falls back to Playwright's own installer. It always says what it did.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function firstExisting() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && (fromEnv === 'playwright' || existsSync(fromEnv))) {
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function isRootOnDebian() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

/** @returns {string} a Chromium executable path, or 'playwright' for Playwright's own browser. */
export function findOrInstallChromium() {
  const found = firstExisting();
  if (found) {
    return found;
  }
  if (isRootOnDebian()) {
    console.log('[test] No Chromium found: installing Debian\'s "chromium" with apt-get (one time, about 20 s).');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = firstExisting();
    if (!installed) {
      throw new Error('apt-get installed chromium but no executable was found in /usr/bin.');
    }
    console.log(`[test] Installed Chromium at ${installed}.`);
    return installed;
  }
  console.log('[test] No Chromium found and not root on Debian: running "npx playwright install chromium".');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error('Could not install a Chromium. Install one and set CHROMIUM_PATH to its executable.');
  }
  return 'playwright';
}
