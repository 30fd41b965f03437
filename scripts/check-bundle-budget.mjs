// The self-check's first load must stay light: it is opened on phones, often by people in withdrawal.
// Budget (issue 9, was 120 KB in issue 2): the JavaScript the start page loads before any interaction,
// gzipped, at most 100 KB.
// Counted: the entry script, every chunk it preloads, and every chunk those import statically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 100 * 1000;
const dist = 'packages/web/dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const roots = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);

const seen = new Set();
const queue = [...roots];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) {
    continue;
  }
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only (`from"./x.js"`); dynamic `import("./x.js")` chunks load later, on demand.
  for (const match of code.matchAll(/from"\.\/([^"]+\.js)"/g)) {
    queue.push(`assets/${match[1]}`);
  }
}

let total = 0;
for (const file of seen) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`[budget] ${file}: ${(size / 1000).toFixed(1)} KB gzipped`);
}
console.log(`[budget] initial JavaScript: ${(total / 1000).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1000} KB)`);
if (total > BUDGET_BYTES) {
  console.error('[budget] over budget: lazy-load more, or remove a dependency');
  process.exit(1);
}
