// Does a page cost the same in a small network and a large one? Seeds 10^4 and 10^6 rows per big
// table (patients, assessments, audit rows) on SQLite and, when given a server, on PostgreSQL,
// starts the built server on each, and measures in one run, alternating between the two sizes,
// the p95 latency of the clinician's patient list, the audit search by person and by date, and a
// patient's assessment list. Goal (issue 8 §5): p95 at 10^6 ≤ 2 × p95 at 10^4; exits 1 above.
// See bench/README.md.
//
// Usage: npm run build && node bench/scale.mjs [--postgres URL] [--sizes 10000,1000000] [--samples 300]
//        [--databases sqlite,postgres]

import { openSession } from './app-process.mjs';
import { runScaleBench } from './scale-harness.mjs';
import { CLINICIAN, OFFICER, SEARCHED_ACTOR, TARGET_PATIENT, seedScale } from './scale-seed.mjs';

const DAY = 24 * 60 * 60 * 1000;

/** The measured requests: who asks and what (each answer must hold at least one row). */
function queries(server) {
  const { auditEnd } = server.seeded;
  const from = new Date(auditEnd - 2 * DAY).toISOString();
  const to = new Date(auditEnd - DAY).toISOString();
  return [
    { name: 'patient list (clinician)', who: 'clinician', path: '/api/patients?limit=100' },
    { name: 'audit search by person', who: 'officer', path: `/api/audit?actorUserId=${SEARCHED_ACTOR}&limit=100` },
    {
      name: 'audit search by date',
      who: 'officer',
      path: `/api/audit?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=100`,
    },
    { name: 'assessment list', who: 'clinician', path: `/api/patients/${TARGET_PATIENT}/assessments?limit=100` },
  ];
}

await runScaleBench({
  seed: seedScale,
  sessions: async (db, secrets) => ({
    clinician: await openSession(db, CLINICIAN.id, secrets),
    officer: await openSession(db, OFFICER.id, secrets),
  }),
  queries,
  seededLabel: 'rows per table',
  unit: 'rows',
});
