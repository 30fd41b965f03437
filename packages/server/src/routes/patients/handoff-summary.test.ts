import { describe, expect, it } from 'vitest';
import { answersInOrder, GAD7_DEFINITION } from '@kratom-care/domain';
import { REDISCLOSURE_NOTICE, type THandoffSummary, type TSummaryDisclosureResponse } from '@kratom-care/contracts';
import {
  CONSENT_A,
  MISSING,
  PATIENT_A,
  PATIENT_B,
  USERS,
  seededRecordId,
  type SignedInRole,
} from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The hand-off summary through the API (issue 10 §9): what the care team's copy holds, and sending
 * it to an outside provider as a disclosure under the patient's consent (42 CFR §2.31–§2.33).
 * Patient A's seeded world: one record of every type (a GAD-7, an active lofexidine order, an ALT)
 * and a family consent only, so an outside consent is given by the patient in each test that needs one.
 */

const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const OUTSIDE = 'Dr. Example Referral';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe.each(TEST_TARGETS)('the hand-off summary on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;
  const key = () => `summary-test-${(keys += 1)}`;

  async function post(
    url: string,
    payload: object,
    role: SignedInRole = 'clinician-on-care-team',
    idempotencyKey = key(),
  ) {
    return world().request(role, { method: 'POST', url, payload, headers: { 'idempotency-key': idempotencyKey } });
  }

  async function record(type: string, payload: object): Promise<string> {
    const response = await post(`/api/patients/${PATIENT_A}/${type}`, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  /** The patient consents to sharing with an outside provider, through their own API. */
  async function outsideConsent(categories: string[], recipientName = OUTSIDE): Promise<string> {
    const response = await post(
      '/api/me/consents',
      {
        recipientKind: 'external-provider',
        recipientName,
        categories,
        purpose: 'Referral for liver follow-up',
        expiresAt: '2099-01-01T00:00:00.000Z',
        attestation: 'Sample Alder',
      },
      'patient',
    );
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  const summary = (role: SignedInRole = 'clinician-on-care-team', patientId = PATIENT_A) =>
    world().request(role, { method: 'GET', url: `/api/patients/${patientId}/summary` });
  const disclose = (payload: object, idempotencyKey = key()) =>
    post(`/api/patients/${PATIENT_A}/summary/disclosures`, payload, 'clinician-on-care-team', idempotencyKey);

  async function lastAudit() {
    return world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'patient_id', 'resource_type', 'actor_user_id'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
  }

  async function disclosures() {
    return world().scratch.db.selectFrom('disclosure').selectAll().orderBy('occurred_at').execute();
  }

  it('holds the active medications, the latest score of each instrument and the latest labs with the liver assessment', async () => {
    const stopped = await record('medications', {
      drug: 'clonidine',
      dose: 0.1,
      unit: 'mg',
      route: 'oral',
      status: 'stopped',
      orderedAt: minutesAgo(300),
      orderedBy: 'Dr Sample Fernhill',
    });
    const gad7 = await record('assessments', {
      instrumentId: 'gad7',
      answers: answersInOrder(GAD7_DEFINITION, [2, 2, 2, 2, 2, 2, 2]),
    });
    const alt = await record('labs', {
      loinc: '1742-6',
      value: 80,
      unit: 'U/L',
      upperLimit: 40,
      collectedAt: minutesAgo(60),
    });
    const wrong = await record('labs', {
      loinc: '1742-6',
      value: 900,
      unit: 'U/L',
      upperLimit: 40,
      collectedAt: minutesAgo(30),
    });
    const marked = await post(`/api/patients/${PATIENT_A}/labs/${wrong}/entered-in-error`, {
      reason: 'Entered for the wrong patient',
    });
    expect(marked.statusCode).toBe(200);

    const response = await summary();
    expect(response.statusCode).toBe(200);
    const body = response.json<THandoffSummary>();
    expect(body.patient).toEqual({ id: PATIENT_A, givenName: 'Sample', familyName: 'Alder', birthDate: null });
    expect(body.redisclosureNotice).toBe(REDISCLOSURE_NOTICE);
    // The seeded lofexidine order is active; the stopped clonidine order is not listed.
    expect(body.medications.status).toBe('included');
    expect(body.medications.items.map((order) => order.id)).toEqual([seededRecordId('medications', PATIENT_A)]);
    expect(body.medications.items.map((order) => order.id)).not.toContain(stopped);
    // One GAD-7: the newest of the two.
    expect(body.scores.items.map((score) => [score.id, score.instrumentId, score.total])).toEqual([[gad7, 'gad7', 14]]);
    // One ALT: the newest not entered in error.
    expect(body.labs.items.map((lab) => [lab.id, lab.loinc, lab.value])).toEqual([[alt, '1742-6', 80]]);
    expect(body.liver).toMatchObject({ pattern: 'incomplete', basis: [alt], abnormal: true });
    expect(await lastAudit()).toEqual({
      action: 'summary.read',
      outcome: 'allowed',
      patient_id: PATIENT_A,
      resource_type: 'handoff-summary',
      actor_user_id: USERS['clinician-on-care-team'],
    });
    // The care team's own copy is no disclosure.
    expect(await disclosures()).toEqual([]);
    // The problem list as GET …/problem-list reads it (the seeded intake and scores), and no plan yet.
    const problemList = (
      await world().request('clinician-on-care-team', {
        method: 'GET',
        url: `/api/patients/${PATIENT_A}/problem-list`,
      })
    ).json<{ problems: { id: string; messageKey: string }[]; confirmedCode: string | null }>();
    expect(body.problems.items.map((problem) => [problem.id, problem.messageKey])).toEqual(
      problemList.problems.map((problem) => [problem.id, problem.messageKey]),
    );
    expect(body.problems.confirmedCode).toBe(problemList.confirmedCode);
    expect(body.plan).toEqual({ status: 'not-recorded', current: null });
  });

  it('holds the current plan revision once one is saved', async () => {
    const plan = {
      problems: [{ text: 'Kratom use disorder, moderate', patientFacing: true }],
      goals: [
        { text: 'Stop kratom use', measure: 'No use for 4 weeks', targetDate: '2027-03-01', patientFacing: true },
      ],
      interventions: [{ kind: 'cbt', details: 'Weekly, 8 sessions', patientFacing: true }],
      responsibleUserIds: [USERS['clinician-on-care-team']],
      reviewDate: '2027-02-15',
    };
    expect((await post(`/api/patients/${PATIENT_A}/plan`, plan)).statusCode).toBe(201);
    const revised = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/plan`,
      payload: { ...plan, reviewDate: '2027-03-15' },
      headers: { 'idempotency-key': key(), 'if-match': '"1"' },
    });
    expect(revised.statusCode).toBe(201);
    const body = (await summary()).json<THandoffSummary>();
    expect(body.plan.status).toBe('included');
    expect(body.plan.current).toMatchObject({
      revision: 2,
      reviewDate: '2027-03-15',
      problems: [{ text: 'Kratom use disorder, moderate' }],
      interventions: [{ kind: 'cbt', details: 'Weekly, 8 sessions' }],
      staff: [{ userId: USERS['clinician-on-care-team'] }],
    });
  });

  it.each([
    ['clinician-same-facility-not-on-team', PATIENT_A],
    ['patient', PATIENT_A],
    ['family-with-consent', PATIENT_A],
    ['clinician-on-care-team', PATIENT_B],
    ['clinician-on-care-team', MISSING],
  ] as const)('answers %s for %s the one 404, audited', async (role, patientId) => {
    const response = await summary(role, patientId);
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe(NOT_FOUND);
    expect(await lastAudit()).toMatchObject({ action: 'summary.read', patient_id: patientId });
  });

  it('sends the summary to the outside provider a consent names: only the covered sections, one disclosure row the patient sees', async () => {
    const consentId = await outsideConsent(['medications', 'labs']);
    const response = await disclose({ recipient: '  dr. example   referral ', purpose: 'Referral to hepatology' });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json<TSummaryDisclosureResponse>();
    expect(body.disclosure).toMatchObject({
      consentId,
      recipientName: OUTSIDE,
      purpose: 'Referral to hepatology',
      categories: ['medications', 'labs'],
    });
    expect(body.summary.redisclosureNotice).toBe(REDISCLOSURE_NOTICE);
    // The consent's scope travels with the copy (42 CFR §2.32).
    expect(body.consent).toMatchObject({
      id: consentId,
      recipientName: OUTSIDE,
      categories: ['medications', 'labs'],
      purpose: 'Referral for liver follow-up',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(body.summary.medications.status).toBe('included');
    expect(body.summary.labs.status).toBe('included');
    expect(body.summary.liver).not.toBeNull();
    // Not covered by the consent: withheld, not sent.
    expect(body.summary.scores).toEqual({ status: 'not-covered', items: [] });
    expect(body.summary.problems).toMatchObject({ status: 'not-covered', items: [] });
    expect(body.summary.plan).toEqual({ status: 'not-covered', current: null });

    const rows = await disclosures();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: body.disclosure.id,
      patient_id: PATIENT_A,
      consent_id: consentId,
      recipient_kind: 'external-provider',
      recipient_name: OUTSIDE,
      action: 'share',
      resource_type: 'handoff-summary',
      actor_user_id: USERS['clinician-on-care-team'],
    });
    expect(await lastAudit()).toMatchObject({ action: 'summary.disclose', outcome: 'allowed', patient_id: PATIENT_A });

    const mine = await world().request('patient', { method: 'GET', url: '/api/me/disclosures' });
    expect(mine.json<{ items: { id: string; recipientName: string; action: string }[] }>().items).toContainEqual(
      expect.objectContaining({ id: body.disclosure.id, recipientName: OUTSIDE, action: 'share' }),
    );
  });

  it('discloses once per Idempotency-Key', async () => {
    await outsideConsent(['all']);
    const sameKey = key();
    const first = await disclose({ recipient: OUTSIDE, purpose: 'Referral' }, sameKey);
    const again = await disclose({ recipient: OUTSIDE, purpose: 'Referral' }, sameKey);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await disclosures()).toHaveLength(1);
  });

  it('refuses without a consent in force, naming the field to correct, and stores no disclosure', async () => {
    const scoresOnly = await outsideConsent(['journal'], 'Dr. Example Journal');
    const other = await outsideConsent(['all'], 'Dr. Example Other');
    const revoked = await outsideConsent(['all'], OUTSIDE);
    const revoke = await post(`/api/me/consents/${revoked}/revoke`, {}, 'patient');
    expect(revoke.statusCode, revoke.body).toBe(200);
    const cases: [object, string][] = [
      // Nobody consented to this recipient (the only outside consent naming them is revoked).
      [{ recipient: OUTSIDE, purpose: 'Referral' }, 'recipient'],
      [{ recipient: OUTSIDE, purpose: 'Referral', consentId: revoked }, 'consentId'],
      // A family member's consent is not a consent to an outside provider.
      [{ recipient: OUTSIDE, purpose: 'Referral', consentId: CONSENT_A }, 'consentId'],
      [{ recipient: OUTSIDE, purpose: 'Referral', consentId: MISSING }, 'consentId'],
      // The consent names somebody else.
      [{ recipient: OUTSIDE, purpose: 'Referral', consentId: other }, 'recipient'],
      // The consent covers none of the summary's records.
      [{ recipient: 'Dr. Example Journal', purpose: 'Referral', consentId: scoresOnly }, 'consentId'],
      [{ recipient: 'Dr. Example Journal', purpose: 'Referral' }, 'consentId'],
      // Plain bad input.
      [{ recipient: OUTSIDE }, 'purpose'],
      [{ recipient: '', purpose: 'Referral' }, 'recipient'],
      [{ recipient: OUTSIDE, purpose: 'Referral', to: 'fax' }, 'to'],
    ];
    for (const [payload, field] of cases) {
      const response = await disclose(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const paths = response.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path[0]);
      expect(paths, JSON.stringify(payload)).toContain(field);
    }
    expect(await disclosures()).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: 'summary.disclose', outcome: 'denied' });
  });

  it('answers a clinician outside the care team the one 404 and discloses nothing', async () => {
    await outsideConsent(['all']);
    const response = await post(
      `/api/patients/${PATIENT_A}/summary/disclosures`,
      { recipient: OUTSIDE, purpose: 'Referral' },
      'clinician-same-facility-not-on-team',
    );
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe(NOT_FOUND);
    expect(await disclosures()).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: 'summary.disclose', outcome: 'denied', patient_id: PATIENT_A });
  });
});
