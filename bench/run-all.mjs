// Runs every benchmark in turn (`npm run bench`, after the build). Arguments are passed on, so
// `npm run bench -- --postgres URL` also measures the patient read on PostgreSQL (as does
// DATABASE_URL). Exits non-zero when any benchmark does, e.g. the score route below its budget.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['score-vs-bare.mjs', 'patient-read-vs-bare.mjs'];

let failed = false;
for (const file of BENCHMARKS) {
  console.log(`\n== ${file}`);
  const script = fileURLToPath(new URL(file, import.meta.url));
  const result = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`${file} exited with ${result.status ?? result.signal}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
