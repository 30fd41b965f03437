// Does the admissions queue cost the same with a few call-back requests and with many (issue 11
// acceptance: the queue's p95 with 10^5 requests)? Seeds 10^3 and 10^5 requests over ten facilities
// on SQLite and, when given a server, on PostgreSQL, starts the built server on each, and measures
// in one run, alternating between the sizes, the p95 of one queue page (the open requests of the
// coordinator's facility, then all of them, then one status). Goal: p95 at 10^5 ≤ 2 × p95 at 10^3;
// exits 1 above. See bench/README.md.
//
// Usage: npx tsc -b packages/server && node bench/admissions-queue.mjs [--postgres URL]
//        [--sizes 1000,100000] [--samples 300] [--databases sqlite,postgres]

import { openSession } from './app-process.mjs';
import { COORDINATOR, facilityId, seedInquiries } from './admissions-seed.mjs';

// This bench's own default sizes; the shared harness reads them from the command line.
if (!process.argv.includes('--sizes')) {
  process.argv.push('--sizes', '1000,100000');
}
const { runScaleBench } = await import('./scale-harness.mjs');

const QUEUE = `/api/inquiries?facilityId=${facilityId(0)}&limit=50`;
const QUERIES = [
  { name: 'queue: open requests', who: 'coordinator', path: `${QUEUE}&status=open` },
  { name: 'queue: all requests', who: 'coordinator', path: QUEUE },
  { name: 'queue: new requests', who: 'coordinator', path: `${QUEUE}&status=new` },
];

await runScaleBench({
  seed: (scratch, size) => seedInquiries(scratch, size),
  sessions: async (db, secrets) => ({ coordinator: await openSession(db, COORDINATOR.id, secrets) }),
  queries: () => QUERIES,
  seededLabel: 'call-back requests',
  unit: 'requests',
});
