// Bulk seeding for bench/dashboard-scale.mjs: a network of patients with 10 clinical records each,
// their care teams and their monitoring summaries (patient_monitoring, migration 0009), written in
// large batches through the raw drivers (bulk-seed.mjs's writers). The bench clinician's caseload
// is 200 patients at every size. Everything is fictional. See bench/README.md.

import { STORE, seedStaff } from './app-process.mjs';
import {
  CARE_TEAM_COLUMNS,
  PATIENT_COLUMNS,
  RECORD_COLUMNS,
  bulkWriter,
  cowsC4Body,
  seedFacilities,
} from './bulk-seed.mjs';
import { BACKFILL_KEY, backfillMark } from '../packages/server/dist/monitoring/monitoring-backfill.js';
import { DEFAULT_MONITORING_SETTINGS } from '../packages/domain/dist/index.js';

/** Patients on the bench clinician's care team, at every size (issue 10 acceptance: 200). */
export const CASELOAD = 200;
/** Clinical records per patient: a network of N records has N / 10 patients. */
const RECORDS_PER_PATIENT = 10;
const FACILITIES = 10;
/** Other clinicians, each on the care team of their share of the network. */
const OTHERS = 50;
export const CLINICIAN = { id: 'clin-bench', name: 'Bench Clinician', email: 'bench-clinician@example.test' };
const facilityId = (index) => `fac-${index % FACILITIES}`;
const HOUR = 3_600_000;

function* patients(count, now) {
  for (let i = 0; i < count; i += 1) {
    yield [
      `p-${i}`,
      facilityId(i),
      'Ava',
      `Sample-${String(i).padStart(7, '0')}`,
      '1980-01-01',
      CLINICIAN.id,
      now,
      now,
      1,
    ];
  }
}

function* careTeams(count, now) {
  for (let i = 0; i < count; i += 1) {
    yield [`p-${i}`, `clin-${1 + (i % (OTHERS - 1))}`, CLINICIAN.id, now];
    if (i < CASELOAD) {
      yield [`p-${i}`, CLINICIAN.id, CLINICIAN.id, now];
    }
  }
}

function* records(size, count, body, end) {
  for (let i = 0; i < size; i += 1) {
    const at = new Date(end - i * 60_000).toISOString();
    yield [`r-${i}`, `p-${i % count}`, 'assessments', 'cows', 1, 'final', at, CLINICIAN.id, body, at, at];
  }
}

/** One summary per patient; one in three in active withdrawal (a next score due), some overdue, some with alerts. */
function* summaries(count, end) {
  const alert = JSON.stringify([
    { id: 'cows-higher-band', priority: 'high', messageKey: 'monitoring.alert.cowsHigherBand', inputs: {} },
  ]);
  for (let i = 0; i < count; i += 1) {
    const scoredAt = new Date(end - (i % 12) * HOUR).toISOString();
    const inWithdrawal = i % 3 === 0;
    const due = inWithdrawal ? new Date(Date.parse(scoredAt) + 4 * HOUR).toISOString() : null;
    yield [
      `p-${i}`,
      inWithdrawal ? 1 : 0,
      due,
      inWithdrawal ? 'cows-interval' : null,
      new Date(end - 30 * HOUR).toISOString(),
      `r-${i}`,
      'cows',
      inWithdrawal ? 23 : 3,
      inWithdrawal ? 'moderate' : 'below-mild',
      scoredAt,
      i % 4 === 0 ? 'up' : 'same',
      i % 4 === 0 ? alert : '[]',
      i % 4 === 0 ? 1 : 3,
      'M',
      scoredAt,
    ];
  }
}

const SUMMARY_COLUMNS = [
  'patient_id',
  'in_withdrawal',
  'next_score_due_at',
  'next_score_due_rule',
  'last_kratom_dose_at',
  'latest_score_id',
  'latest_score_instrument',
  'latest_score_total',
  'latest_score_band',
  'latest_score_at',
  'latest_score_trend',
  'alerts',
  'attention',
  'care_level',
  'updated_at',
];

/**
 * Migrates a scratch database and fills it: facilities, the bench clinician (no session yet) and
 * the other clinicians, then `size / 10` patients, `size` assessments, the care teams and one
 * monitoring summary per patient.
 *
 * @param scratch - From scratchDatabase().
 * @param size - Clinical records in the database.
 */
export async function seedDashboard(scratch, size) {
  const store = await import(STORE);
  const db = store.createDatabase(scratch.config);
  try {
    await store.migrateToLatest(db);
    await seedFacilities(store, db, FACILITIES, facilityId);
    for (let index = 1; index < OTHERS; index += 1) {
      await store.insertTestUser(db, {
        id: `clin-${index}`,
        name: `Test Clinician ${index}`,
        email: `clinician-${index}@example.test`,
      });
    }
    await seedStaff(db, { ...CLINICIAN, roles: [{ role: 'clinician', facilityId: facilityId(0) }] });
  } finally {
    await db.destroy();
  }
  const writer = bulkWriter(scratch.config);
  const now = new Date().toISOString();
  const end = Date.now() - HOUR;
  const count = Math.max(CASELOAD, Math.floor(size / RECORDS_PER_PATIENT));
  await writer.write('patient', PATIENT_COLUMNS, patients(count, now));
  await writer.write('care_team', CARE_TEAM_COLUMNS, careTeams(count, now));
  await writer.write('clinical_record', RECORD_COLUMNS, records(size, count, await cowsC4Body(), end));
  await writer.write('patient_monitoring', SUMMARY_COLUMNS, summaries(count, end));
  // The summaries are seeded: the server's start-up backfill has nothing to do.
  await writer.write(
    'app_meta',
    ['key', 'value', 'updated_at'],
    [[BACKFILL_KEY, backfillMark(DEFAULT_MONITORING_SETTINGS), now]],
  );
  await writer.finish();
}
