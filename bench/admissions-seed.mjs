// Bulk seeding for bench/admissions-queue.mjs: call-back requests spread over ten facilities, most of
// them ended (admitted, referred out, closed) and one in ten still open, as a pipeline looks after a
// while; written in large batches through the raw drivers (bulk-seed.mjs's writers). The bench
// coordinator works in admissions at the first facility. Everything is fictional. See bench/README.md.

import { STORE, seedStaff } from './app-process.mjs';
import { bulkWriter, seedFacilities } from './bulk-seed.mjs';

const FACILITIES = 10;
export const COORDINATOR = { id: 'adm-bench', name: 'Bench Coordinator', email: 'bench-coordinator@example.test' };
export const facilityId = (index) => `fac-${index % FACILITIES}`;
const MINUTE = 60_000;

/** Columns of `inquiry` (migration 0011), in the order the generator yields them. */
const INQUIRY_COLUMNS = [
  'id',
  'reference',
  'facility_id',
  'status',
  'is_open',
  'close_reason',
  'name',
  'phone',
  'email',
  'best_time',
  'for_whom',
  'zip',
  'state',
  'payer',
  'level_of_care',
  'requested_facility_id',
  'needs',
  'routed_to_family_programme',
  'routed_by',
  'self_check_summary',
  'consent_to_contact_at',
  'benefits',
  'transport',
  'submitted_at',
  'first_contact_at',
  'converted_patient_id',
  'referred_from_id',
  'created_at',
  'updated_at',
  'version',
];

const OPEN = ['new', 'contacted', 'benefits-check', 'assessment-scheduled'];
const ENDED = ['admitted', 'referred-out', 'closed'];
const LEVELS = ['residential', 'php', 'iop', 'outpatient'];

function* inquiries(size, end) {
  for (let i = 0; i < size; i += 1) {
    // One in ten open at every facility (requests go round the facilities, i % 10).
    const open = Math.floor(i / FACILITIES) % 10 === 0;
    const status = open ? OPEN[Math.floor(i / 100) % OPEN.length] : ENDED[i % ENDED.length];
    const submitted = new Date(end - (size - i) * MINUTE).toISOString();
    const contacted = status === 'new' ? null : new Date(Date.parse(submitted) + ((i % 90) + 5) * MINUTE).toISOString();
    yield [
      `inq-${i}`,
      `KC-${String(i).padStart(8, '0').slice(0, 4)}-${String(i).padStart(8, '0').slice(4)}`,
      facilityId(i),
      status,
      open ? 1 : 0,
      status === 'closed' ? 'Unreachable after three calls' : null,
      'Sample Caller',
      '215-555-0100',
      null,
      'any',
      i % 3 === 0 ? 'loved-one' : 'self',
      '19104',
      null,
      JSON.stringify({ kind: 'medicaid', insurer: null, memberId: null }),
      LEVELS[i % LEVELS.length],
      null,
      '[]',
      0,
      'nearest-with-level',
      null,
      submitted,
      null,
      null,
      submitted,
      contacted,
      null,
      null,
      submitted,
      submitted,
      1,
    ];
  }
}

/**
 * Migrates a scratch database and fills it: ten facilities, the bench coordinator (admissions at
 * `fac-0`, no session yet) and `size` call-back requests.
 *
 * @param scratch - From scratchDatabase().
 * @param size - Call-back requests in the database.
 */
export async function seedInquiries(scratch, size) {
  const store = await import(STORE);
  const db = store.createDatabase(scratch.config);
  try {
    await store.migrateToLatest(db);
    await seedFacilities(store, db, FACILITIES, facilityId);
    await seedStaff(db, { ...COORDINATOR, roles: [{ role: 'admissions', facilityId: facilityId(0) }] });
  } finally {
    await db.destroy();
  }
  const writer = bulkWriter(scratch.config);
  await writer.write('inquiry', INQUIRY_COLUMNS, inquiries(size, Date.now() - MINUTE));
  await writer.finish();
}
