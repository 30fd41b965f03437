// Seeding shared by the single-patient benchmarks (patient-read-vs-bare, assessments-read-vs-bare,
// hidden-vs-missing): one clinic, one clinician who may act on it, an open session, and the app
// configured as `npm start` runs it. The scale benchmarks bulk-load instead (scale-seed.mjs).

import { randomBytes, randomUUID } from 'node:crypto';
import { HOST } from './harness.mjs';

/**
 * One facility and a clinician there with a verified second factor (as the access tests do), so
 * every request meets the full session, policy and audit path rather than a TOTP refusal.
 *
 * @param store - The store module.
 * @param db - The store's Kysely handle (already migrated).
 * @param sqlite - Whether the database is SQLite (booleans are stored as 0/1 there).
 * @returns `{ facilityId, clinicianId }`.
 */
export async function seedClinicAndClinician(store, db, sqlite) {
  const facility = await store.createFacility(db, {
    name: 'Benchmark Clinic',
    region: 'Test Region',
    address: '1 Example Road',
  });
  const clinician = await store.insertTestUser(db, { name: 'Test Clinician', email: 'bench-clinician@example.test' });
  await db
    .updateTable('user')
    .set({ twoFactorEnabled: sqlite ? 1 : true })
    .where('id', '=', clinician)
    .execute();
  await store.addMembership(db, { userId: clinician, facilityId: facility.id, role: 'clinician' });
  return { facilityId: facility.id, clinicianId: clinician };
}

/**
 * Opens a one-hour session for a user, as a sign-in with the second factor would.
 *
 * @param store - The store module.
 * @param db - The store's Kysely handle.
 * @param userId - The user.
 * @param sqlite - Whether the database is SQLite (times are stored as ISO text there).
 * @param now - When the session starts.
 * @returns The session token (the cookie carries it, signed).
 */
export async function insertSession(store, db, userId, sqlite, now) {
  const token = randomBytes(24).toString('hex');
  const expires = new Date(now.getTime() + 60 * 60 * 1000);
  await db
    .insertInto('session')
    .values({
      id: randomUUID(),
      // The store keeps only a digest of a session token (decision 0014); the cookie carries the token.
      token: store.sessionTokenDigest(token),
      userId,
      expiresAt: sqlite ? expires.toISOString() : expires,
      createdAt: sqlite ? now.toISOString() : now,
      updatedAt: sqlite ? now.toISOString() : now,
      ipAddress: null,
      userAgent: null,
      impersonatedBy: null,
    })
    .execute();
  return token;
}

/**
 * The app's configuration as `npm start` runs it: production (the secure cookie name), an
 * ephemeral loopback port, fresh secrets.
 *
 * @param authSecret - The AUTH_SECRET (the parent signs the session cookie with it).
 * @param logLevel - `info` (request logging, to /dev/null, as in production) or `silent`.
 * @returns The config for `createApp`.
 */
export function productionAppConfig(authSecret, logLevel) {
  return {
    port: 0,
    host: HOST,
    // Both secrets are given, so no keys file is written: the folder is never touched.
    dataDir: '/nonexistent',
    logLevel,
    nodeEnv: 'production',
    authSecret,
    auditKey: randomBytes(32).toString('base64'),
    publicUrl: `http://${HOST}`,
  };
}
