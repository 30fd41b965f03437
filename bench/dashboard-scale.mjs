// Does the clinician's dashboard cost the same in a small network and a large one (issue 10
// acceptance)? Seeds 10^4 and 10^6 clinical records (10 per patient, with their care teams and
// monitoring summaries; the bench clinician has 200 patients at both sizes) on SQLite and, when given
// a server, on PostgreSQL, starts the built server on each, and measures in one run, alternating
// between the sizes, the p95 of `GET /api/dashboard?limit=100` and `GET /api/monitoring-board?limit=100`.
// Goal: p95 at 10^6 ≤ 2 × p95 at 10^4; exits 1 above. See bench/README.md.
//
// Usage: npm run build && node bench/dashboard-scale.mjs [--postgres URL] [--sizes 10000,1000000] [--samples 300]
//        [--databases sqlite,postgres]

import { openSession } from './app-process.mjs';
import { CLINICIAN, seedDashboard } from './dashboard-seed.mjs';
import { runScaleBench } from './scale-harness.mjs';

const QUERIES = [
  { name: 'dashboard (200 patients)', who: 'clinician', path: '/api/dashboard?limit=100' },
  { name: 'monitoring board', who: 'clinician', path: '/api/monitoring-board?limit=100' },
];

await runScaleBench({
  seed: (scratch, size) => seedDashboard(scratch, size),
  sessions: async (db, secrets) => ({ clinician: await openSession(db, CLINICIAN.id, secrets) }),
  queries: () => QUERIES,
  seededLabel: 'clinical records',
  unit: 'records',
});
