import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { F1, PATIENT_A, type SignedInRole } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

interface Patient {
  id: string;
  givenName: string;
  familyName: string;
  createdAt: string;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe.each(TEST_TARGETS)('"My patients" on $kind', (target) => {
  const world = useAccessWorld(target);

  async function walk<T>(role: SignedInRole, url: string, limit: number): Promise<T[]> {
    const seen: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const after: string = cursor === null ? '' : `&cursor=${cursor}`;
      const response = await world().request(role, {
        method: 'GET',
        url: `${url}${url.includes('?') ? '&' : '?'}limit=${limit}${after}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<Page<T>>();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 50);
    return seen;
  }

  it('walks every page of every sort, in both orders, seeing each visible patient exactly once despite ties', async () => {
    // Seven patients who share a family name, and some a given name, all created in the same run.
    for (const [index, given] of ['Ada', 'Ada', 'Bea', 'Ada', 'Cyd', 'Bea', 'Ada'].entries()) {
      const body = { facilityId: F1, givenName: given, familyName: 'Tie' };
      expect(
        (
          await world().request('admissions', {
            method: 'POST',
            url: '/api/patients',
            payload: body,
            headers: { 'idempotency-key': `tie-${index}-key` },
          })
        ).statusCode,
      ).toBe(201);
    }
    for (const sort of ['familyName', 'givenName', 'createdAt']) {
      for (const order of ['asc', 'desc']) {
        const seen = await walk<Patient>('admissions', `/api/patients?sort=${sort}&order=${order}`, 2);
        const ids = seen.map((patient) => patient.id);
        // Patients A and B of F1 plus the seven new ones; patient C is at another facility.
        expect(ids, `${sort} ${order}`).toHaveLength(9);
        expect(new Set(ids).size, `${sort} ${order}`).toBe(9);
        const keys = seen.map((patient) => patient[sort as keyof Patient]);
        const sorted = [...keys].sort();
        expect(keys, `${sort} ${order}`).toEqual(order === 'asc' ? sorted : sorted.reverse());
      }
    }
  });

  it('searches given and family names case-insensitively, and shows a clinician only their care team', async () => {
    const found = await walk<Patient>('admissions', '/api/patients?q=ALD', 20);
    expect(found.map((patient) => patient.id)).toEqual([PATIENT_A]);
    expect(await walk<Patient>('admissions', '/api/patients?q=sample', 20)).toHaveLength(2);
    expect(await walk<Patient>('admissions', '/api/patients?q=nobody', 20)).toEqual([]);
    expect((await walk<Patient>('clinician-on-care-team', '/api/patients', 20)).map((p) => p.id)).toEqual([PATIENT_A]);
    expect(await walk<Patient>('clinician-same-facility-not-on-team', '/api/patients', 20)).toEqual([]);
  });

  it('answers 400 naming the cursor for a cursor it did not make, and refuses offset', async () => {
    const encoded = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const cursor of [
      'garbage',
      encoded(['only one']),
      encoded([5, 'patient-a-own']),
      encoded(['Alder', null]),
      encoded(['Al\u0000der', 'patient-a-own']),
      'a.b',
    ]) {
      const response = await world().request('admissions', { method: 'GET', url: `/api/patients?cursor=${cursor}` });
      expect(response.statusCode, cursor).toBe(400);
      expect(response.json()).toMatchObject({ code: 'INVALID_QUERY', issues: [{ path: ['cursor'] }] });
    }
    const nul = await world().request('admissions', { method: 'GET', url: '/api/patients?q=Al%00der' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toMatchObject({ issues: [{ path: ['q'] }] });
    const offset = await world().request('admissions', { method: 'GET', url: '/api/patients?offset=20' });
    expect(offset.statusCode).toBe(400);
    expect(offset.json()).toMatchObject({ issues: [{ path: ['offset'] }] });
  });

  it("lists a patient's care team by name and role for whoever may read the patient", async () => {
    const team = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/care-team`,
    });
    expect(team.statusCode).toBe(200);
    expect(team.json()).toEqual({
      items: [
        {
          userId: 'user-clin-colleague',
          name: 'Test clinician-colleague-on-care-team',
          email: 'user-clin-colleague@example.test',
          roles: ['clinician'],
          addedAt: '2026-01-01T00:00:00.000Z',
        },
        {
          userId: 'user-clin-team',
          name: 'Test clinician-on-care-team',
          email: 'user-clin-team@example.test',
          roles: ['clinician'],
          addedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      nextCursor: null,
    });
    const hidden = await world().request('clinician-same-facility-not-on-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/care-team`,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it("offers the facility's clinicians by name to add to a care team, and only to its staff", async () => {
    const clinicians = await walk<{ id: string; name: string }>(
      'clinician-on-care-team',
      `/api/facilities/${F1}/clinicians`,
      1,
    );
    // By email: user-clin-colleague@, user-clin-same@, user-clin-team@.
    expect(clinicians.map((clinician) => clinician.name)).toEqual([
      'Test clinician-colleague-on-care-team',
      'Test clinician-same-facility-not-on-team',
      'Test clinician-on-care-team',
    ]);
    const searched = await walk<{ id: string }>('admin', `/api/facilities/${F1}/clinicians?q=not-on-team`, 10);
    expect(searched.map((clinician) => clinician.id)).toEqual(['user-clin-same']);
    expect(
      (await world().request('patient', { method: 'GET', url: `/api/facilities/${F1}/clinicians` })).statusCode,
    ).toBe(404);
    expect(
      (await world().request('clinician-other-facility', { method: 'GET', url: `/api/facilities/${F1}/clinicians` }))
        .statusCode,
    ).toBe(404);
  });
});
