import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLES, type MatrixEntry, type MatrixRole } from '../access-matrix/access-matrix.table.js';
import { MATRIX_ENTRIES } from '../access-matrix/matrix-entries.js';
import { createAccessWorld, PATIENT_A, type AccessWorld } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { grantFamilyConsent } from '../test/family-consent.js';
import { TEST_CONFIG } from '../test/build-test-app.js';
import { matrixRequest } from '../test/matrix-request.js';

/*
 * SECURITY.md AC-09 as a test: a counselling note carrying a canary is written by the care-team
 * clinician; then every read route of the access matrix (every GET, on every scope, and the
 * hand-off summary's disclosure, which answers the summary it records), the note's own routes by
 * id, and the patient search are called as every role other than the author. The canary must
 * appear in no response body and in no log line (the app logs at `debug`, so every request's
 * access line is written). The author reading the note is the control: the canary is there to find.
 * Every person and note is fictional.
 */

const CANARY = `CANARY-AC09-${randomUUID()}`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

/** Every role except the author (the care-team clinician) and the anonymous caller (401 everywhere). */
const NOT_AUTHOR: readonly MatrixRole[] = ROLES.filter(
  (role) => role !== 'clinician-on-care-team' && role !== 'anonymous',
);

/** The routes that answer data: every GET, and the hand-off summary's disclosure (it returns the summary). */
const READ_ROUTES: readonly MatrixEntry[] = MATRIX_ENTRIES.filter(
  (entry) =>
    entry.method === 'GET' || (entry.method === 'POST' && entry.path === '/api/patients/:id/summary/disclosures'),
);

describe.each(TEST_TARGETS)('AC-09: a counselling note reaches nobody but its author on $kind', (target) => {
  let world: AccessWorld;
  const logLines: string[] = [];

  beforeEach(async () => {
    logLines.length = 0;
    world = await createAccessWorld(
      target,
      undefined,
      { ...TEST_CONFIG, logLevel: 'debug' },
      {
        write: (line) => {
          logLines.push(line);
        },
      },
    );
  }, 30_000);

  afterEach(async () => {
    await world.dispose();
  });

  const familyConsent = (categories: readonly string[]): Promise<string> =>
    grantFamilyConsent(world.scratch.db, categories);

  /** Calls every read route, the note's routes and the search as `role`; returns where the canary showed. */
  async function leaksFor(role: MatrixRole, noteId: string): Promise<string[]> {
    const leaks: string[] = [];
    const check = (label: string, body: string) => {
      if (body.includes(CANARY)) {
        leaks.push(`${label} as ${role}`);
      }
    };
    for (const entry of READ_ROUTES) {
      for (const scope of entry.scopes) {
        const response = await world.app.inject(matrixRequest(world, entry, role, scope));
        check(`${entry.method} ${entry.path} (${scope})`, response.body);
      }
    }
    const base = `/api/patients/${PATIENT_A}/counselling-notes`;
    for (const url of [base, `${base}/${noteId}`, `${base}?order=asc&status=final`, '/api/patients?q=sister']) {
      check(`GET ${url}`, (await world.request(role, { method: 'GET', url })).body);
    }
    return leaks;
  }

  it('shows the note to its author only, and never in any other answer or log line', async () => {
    const created = await world.request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/counselling-notes`,
      payload: {
        sessionAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        sessionKind: 'individual',
        text: `Talked about her sister. ${CANARY}`,
      },
      headers: { 'idempotency-key': `canary-${randomUUID()}` },
    });
    expect(created.statusCode).toBe(201);
    const noteId = created.json<{ id: string }>().id;
    // The control: the author reads it, so a leak would be found if there were one.
    const own = await world.request('clinician-on-care-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/counselling-notes/${noteId}`,
    });
    expect(own.body).toContain(CANARY);

    // The family member with the revoked consent now holds a consent to `notes` (not counselling notes).
    await familyConsent(['notes']);
    const leaks: string[] = [];
    for (const role of NOT_AUTHOR) {
      leaks.push(...(await leaksFor(role, noteId)));
    }
    // And with a consent to `all`, which does not cover counselling notes either.
    await familyConsent(['all']);
    leaks.push(...(await leaksFor('family-without-consent', noteId)));
    expect(leaks).toEqual([]);

    // The colleague on the same care team gets the very 404 of a missing note.
    const colleague = await world.request('clinician-colleague-on-care-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/counselling-notes/${noteId}`,
    });
    expect(colleague.body).toBe(NOT_FOUND);
    expect(logLines.length).toBeGreaterThan(READ_ROUTES.length);
    expect(logLines.filter((line) => line.includes(CANARY))).toEqual([]);
  }, 120_000);
});
