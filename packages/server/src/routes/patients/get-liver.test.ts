import { describe, expect, it } from 'vitest';
import { REDISCLOSURE_NOTICE } from '@kratom-care/contracts';
import { CONSENT_A, MISSING, PATIENT_A, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * `GET /api/patients/:id/liver` through the API: the clinical reference §8 vectors H1–H6 entered as
 * lab results, then read back as the liver assessment. Expected values are the reference's (R, its
 * pattern, Hy's-law labs; DILIN per Appendix C.1.1: labs alone give "at least" grade 1 or 2), rounded
 * to 6 decimals as C.1.6 rules. Every patient and value is fictional.
 */

const LOINC = { alt: '1742-6', ast: '1920-8', alp: '6768-6', tbil: '1975-2' } as const;
type Test = keyof typeof LOINC;
const UNIT: Readonly<Record<Test, string>> = { alt: 'U/L', ast: 'U/L', alp: 'U/L', tbil: 'mg/dL' };
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

/** One result: test, value, the lab's upper limit. */
type Entry = readonly [Test, number, number];

interface Vector {
  readonly id: string;
  readonly labs: readonly Entry[];
  readonly rRatio: number;
  readonly pattern: string;
  readonly hysLaw: string;
  readonly urgent: boolean;
}

const VECTORS: readonly Vector[] = [
  {
    id: 'H1',
    labs: [
      ['alt', 126, 35],
      ['ast', 73, 30],
      ['alp', 218, 130],
      ['tbil', 5.6, 1.2],
    ],
    rRatio: 2.146789,
    pattern: 'mixed',
    hysLaw: 'met',
    urgent: true,
  },
  {
    id: 'H2',
    labs: [
      ['alt', 272, 40],
      ['alp', 428, 130],
      ['tbil', 22.4, 1.2],
    ],
    rRatio: 2.065421,
    pattern: 'mixed',
    hysLaw: 'not-met',
    urgent: false,
  },
  {
    id: 'H3',
    labs: [
      ['alt', 600, 40],
      ['alp', 100, 120],
      ['tbil', 0.8, 1.2],
    ],
    rRatio: 18,
    pattern: 'hepatocellular',
    hysLaw: 'not-met',
    urgent: false,
  },
  {
    id: 'H4',
    labs: [
      ['alt', 80, 40],
      ['alp', 400, 100],
    ],
    rRatio: 0.5,
    pattern: 'cholestatic',
    hysLaw: 'incomplete',
    urgent: false,
  },
  {
    id: 'H5',
    labs: [
      ['alt', 200, 40],
      ['alp', 130, 130],
    ],
    rRatio: 5,
    pattern: 'hepatocellular',
    hysLaw: 'incomplete',
    urgent: false,
  },
  {
    id: 'H6',
    labs: [
      ['alt', 100, 40],
      ['alp', 162.5, 130],
    ],
    rRatio: 2,
    pattern: 'cholestatic',
    hysLaw: 'incomplete',
    urgent: false,
  },
];

interface Liver {
  panelAt: string | null;
  rRatio: number | null;
  pattern: string;
  hysLaw: { status: string; hysLaw: boolean };
  dilinGrade: { grade: number; atLeast: boolean; missing: string[] } | null;
  basis: string[];
  urgent: boolean;
  abnormal: boolean;
  reminders: { id: string; missingTests: string[] }[];
}

describe.each(TEST_TARGETS)('the liver assessment through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;
  const collectedAt = new Date(Date.now() - 30 * 60_000).toISOString();

  async function enter(patientId: string, [test, value, upperLimit]: Entry): Promise<string> {
    const response = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${patientId}/labs`,
      payload: { loinc: LOINC[test], value, unit: UNIT[test], upperLimit, collectedAt },
      headers: { 'idempotency-key': `liver-lab-${(keys += 1)}` },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  function liver(role: Parameters<ReturnType<typeof world>['request']>[0], patientId = PATIENT_A) {
    return world().request(role, { method: 'GET', url: `/api/patients/${patientId}/liver` });
  }

  async function lastAudit() {
    return world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'patient_id', 'resource_type', 'actor_user_id'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
  }

  async function auditCount(): Promise<number> {
    const row = await world()
      .scratch.db.selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it.each(VECTORS)('$id: R $rRatio $pattern, Hy’s-law labs $hysLaw, read from the entered results', async (vector) => {
    const ids = [];
    for (const entry of vector.labs) {
      ids.push(await enter(PATIENT_A, entry));
    }
    const before = await auditCount();
    const response = await liver('clinician-on-care-team');
    expect(response.statusCode).toBe(200);
    const body = response.json<Liver>();
    expect(body).toMatchObject({
      panelAt: collectedAt,
      rRatio: vector.rRatio,
      pattern: vector.pattern,
      hysLaw: { status: vector.hysLaw, hysLaw: false },
      urgent: vector.urgent,
      abnormal: true,
    });
    // The results read, in test order (ALT, AST, ALP, bilirubin): the entries above are in that order.
    expect(body.basis).toEqual(ids);
    expect(body).not.toHaveProperty('redisclosureNotice');
    expect(await auditCount()).toBe(before + 1);
    expect(await lastAudit()).toEqual({
      action: 'liver.read',
      outcome: 'allowed',
      patient_id: PATIENT_A,
      resource_type: 'liver-assessment',
      actor_user_id: USERS['clinician-on-care-team'],
    });
  });

  it("H1 in full: Hy's-law labs met raise the urgent flag at DILIN grade ≥ 2, and the baseline is complete", async () => {
    for (const entry of VECTORS[0]?.labs ?? []) {
      await enter(PATIENT_A, entry);
    }
    const body = (await liver('clinician-on-care-team')).json<Liver & Record<string, unknown>>();
    expect(body).toMatchObject({
      altMultiple: 3.6,
      alpMultiple: 1.676923,
      patternMissing: [],
      hysLaw: {
        status: 'met',
        criteria: { aminotransferase: true, bilirubin: true, alpBelowTwice: true },
        missing: [],
        noOtherCauseAttested: false,
        hysLaw: false,
      },
      dilinGrade: { grade: 2, atLeast: true, missing: ['inr'] },
      defaultedUpperLimits: [],
      unreadableIds: [],
      urgent: true,
      reminders: [],
    });
  });

  it('H2: bilirubin 18.7× gives DILIN "at least" grade 2; AST never entered is a baseline reminder', async () => {
    for (const entry of VECTORS[1]?.labs ?? []) {
      await enter(PATIENT_A, entry);
    }
    const h2 = (await liver('clinician-on-care-team')).json<Liver>();
    expect(h2.dilinGrade).toEqual({ grade: 2, atLeast: true, missing: ['inr'] });
    expect(h2.reminders).toEqual([expect.objectContaining({ id: 'baseline-lfts', missingTests: ['ast'] })]);
  });

  it('H3: bilirubin normal gives DILIN "at least" grade 1', async () => {
    for (const entry of VECTORS[2]?.labs ?? []) {
      await enter(PATIENT_A, entry);
    }
    const h3 = (await liver('clinician-on-care-team')).json<Liver>();
    expect(h3.dilinGrade).toEqual({ grade: 1, atLeast: true, missing: ['inr'] });
  });

  it('leaves out a result marked entered in error: without the bilirubin the Hy’s-law labs are incomplete, not urgent', async () => {
    const ids = [];
    for (const entry of VECTORS[0]?.labs ?? []) {
      ids.push(await enter(PATIENT_A, entry));
    }
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/labs/${ids[3] ?? ''}/entered-in-error`,
      payload: { reason: 'Sample from another patient' },
    });
    expect(marked.statusCode).toBe(200);
    const body = (await liver('clinician-on-care-team')).json<Liver>();
    expect(body.basis).toEqual(ids.slice(0, 3));
    expect(body.hysLaw.status).toBe('incomplete');
    expect(body.urgent).toBe(false);
  });

  it('lets the patient read their own: the seeded ALT alone leaves the pattern incomplete', async () => {
    const response = await liver('patient');
    expect(response.statusCode).toBe(200);
    // The world seeds one result, the labs example (an ALT): without an ALP there is no pattern.
    expect(response.json<Liver>()).toMatchObject({ pattern: 'incomplete', rRatio: null, urgent: false });
    expect(await lastAudit()).toMatchObject({ action: 'liver.read', outcome: 'allowed', actor_user_id: USERS.patient });
  });

  it('is a disclosure when a family member whose consent covers labs reads it (42 CFR §2.32 notice)', async () => {
    for (const entry of VECTORS[0]?.labs ?? []) {
      await enter(PATIENT_A, entry);
    }
    await world()
      .scratch.db.updateTable('consent')
      .set({ categories: JSON.stringify(['assessments', 'labs']) })
      .where('id', '=', CONSENT_A)
      .execute();
    const response = await liver('family-with-consent');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ urgent: true, redisclosureNotice: REDISCLOSURE_NOTICE });
    const disclosures = await world()
      .scratch.db.selectFrom('disclosure')
      .select(['consent_id', 'recipient_user_id', 'categories', 'action', 'resource_type', 'resource_id'])
      .execute();
    expect(disclosures).toEqual([
      {
        consent_id: CONSENT_A,
        recipient_user_id: USERS['family-with-consent'],
        categories: '["labs"]',
        action: 'family-read',
        resource_type: 'liver-assessment',
        resource_id: null,
      },
    ]);
    expect(await lastAudit()).toMatchObject({
      action: 'liver.read',
      outcome: 'allowed',
      actor_user_id: USERS['family-with-consent'],
    });
  });

  it('answers a clinician outside the care team, a family member without a labs consent and a missing patient the same 404, each audited', async () => {
    for (const entry of VECTORS[0]?.labs ?? []) {
      await enter(PATIENT_A, entry);
    }
    const missing = await liver('clinician-same-facility-not-on-team', MISSING);
    expect([missing.statusCode, missing.body]).toEqual([404, NOT_FOUND]);
    expect(await lastAudit()).toMatchObject({ action: 'liver.read', outcome: 'not-found', patient_id: MISSING });
    for (const role of [
      'clinician-same-facility-not-on-team',
      'clinician-other-facility',
      'family-with-consent',
    ] as const) {
      const before = await auditCount();
      const hidden = await liver(role);
      expect([hidden.statusCode, hidden.body]).toEqual([404, NOT_FOUND]);
      expect(await auditCount()).toBe(before + 1);
      expect(await lastAudit()).toMatchObject({
        action: 'liver.read',
        outcome: 'denied',
        patient_id: PATIENT_A,
        actor_user_id: USERS[role],
      });
    }
  });
});
