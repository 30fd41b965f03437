import type { TIntakeRequest } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { PATIENT_A, seededRecordId } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { careTeamPoster, careTeamRead } from '../../test/care-team-requests.js';
import { intakeRequest } from '../../test/intake-fixtures.js';
import { answersInOrder } from '../../test/instrument-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The decision-support panel reads the current intake (issue 10 §2, §4): the Weiss & Douglas dose band
 * from the grams of leaf per day it records (REFERENCE §7 vectors T1–T3), the benzodiazepine and alcohol
 * co-use warnings, and the naltrexone washout from its last dose (T9, T10), through the API.
 */

const BASE = `/api/patients/${PATIENT_A}`;
const DAY = 24 * 60 * 60_000;

interface Item {
  id: string;
  kind: string;
  severity: string;
  messageKey: string;
  inputs: Record<string, unknown>;
  basis: string[];
}
interface Panel {
  items: Item[];
  notRecorded: string[];
}

/** COWS answers in item order (pulse 70 bpm scores 0) with the given total. */
const COWS: Readonly<Record<number, Parameters<typeof answersInOrder>[1]>> = {
  9: [{ bpm: 70 }, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0],
  10: [{ bpm: 70 }, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0],
  14: [{ bpm: 70 }, 4, 1, 2, 2, 1, 1, 1, 1, 1, 0],
};

const leaf = (grams: number): Pick<TIntakeRequest, 'kratom'> => ({
  kratom: {
    products: [{ form: 'leaf-powder', amountPerDay: grams, unit: 'g' }],
    lastDoseAt: new Date(Date.now() - 20 * 60 * 60_000).toISOString(),
  },
});

const BAND_VECTORS = [
  { name: 'T1', grams: 12, cows: 10, band: 'under-20', messageKey: 'treatment.band.under20', mg: [4, 8] },
  { name: 'T2', grams: 35, cows: 14, band: '20-to-40', messageKey: 'treatment.band.20to40', mg: [null, null] },
  { name: 'T3', grams: 60, cows: 9, band: 'over-40', messageKey: 'treatment.band.over40', mg: [12, 16] },
] as const;

describe.each(TEST_TARGETS)('decision support from the intake on $kind', (target) => {
  const world = useAccessWorld(target);
  const postRecord = careTeamPoster(world, BASE, 'intake-panel');
  const post = async (path: string, payload: object): Promise<string> =>
    (await postRecord(path, payload)).json<{ id: string }>().id;
  const panel = (): Promise<Panel> => careTeamRead<Panel>(world, `${BASE}/decision-support`);

  function kinds(result: Panel, kind: string): Item[] {
    return result.items.filter((item) => item.kind === kind);
  }

  it('lists kratom use and co-use as not recorded without a current intake, and reads them once there is one', async () => {
    // The seeded world gives patient A an intake: take it back first.
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${BASE}/intake/${seededRecordId('intake', PATIENT_A)}/entered-in-error`,
      payload: { reason: 'Seeded example, not this patient' },
      headers: { 'if-match': '"1"' },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect((await panel()).notRecorded).toEqual(['kratom-use', 'co-use']);
    await post('/intake', intakeRequest(leaf(12)));
    expect((await panel()).notRecorded).toEqual([]);
  });

  it.each(BAND_VECTORS)(
    '$name: $grams g/day of leaf and COWS $cows give the $band band, from the intake',
    async (vector) => {
      const intake = await post('/intake', intakeRequest(leaf(vector.grams)));
      await post('/assessments', { instrumentId: 'cows', answers: answersInOrder('cows', COWS[vector.cows] ?? []) });
      const result = await panel();
      expect(result.notRecorded).toEqual([]);
      expect(kinds(result, 'bup-induction-gate')[0]?.messageKey).toBe('treatment.gate.open');
      const [band] = kinds(result, 'bup-dose-band');
      expect(band?.messageKey).toBe(vector.messageKey);
      expect(band?.inputs).toMatchObject({
        band: vector.band,
        gramsPerDay: vector.grams,
        productForms: 'leaf-powder',
        buprenorphineMgMin: vector.mg[0],
        buprenorphineMgMax: vector.mg[1],
      });
      expect(band?.basis).toEqual([intake]);
    },
  );

  it('reads the newest intake: an edit or a newer intake changes the band; one entered in error no longer counts', async () => {
    await post('/assessments', { instrumentId: 'cows', answers: answersInOrder('cows', COWS[10] ?? []) });
    const first = await post('/intake', intakeRequest(leaf(12)));
    const band = async () => kinds(await panel(), 'bup-dose-band')[0]?.inputs.band;
    expect(await band()).toBe('under-20');
    const second = await post('/intake', intakeRequest(leaf(60)));
    expect(await band()).toBe('over-40');
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${BASE}/intake/${second}/entered-in-error`,
      payload: { reason: 'Recorded for the wrong patient' },
      headers: { 'if-match': '"1"' },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(await band()).toBe('under-20');
    const edited = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url: `${BASE}/intake/${first}`,
      payload: intakeRequest({ kratom: { products: [{ form: '7-oh-product', amountPerDay: 3, unit: 'tablet' }] } }),
      headers: { 'if-match': '"1"' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    // Appendix C.2.2: a 7-OH product gives no band, never one computed from part of the use.
    expect(await band()).toBe('product-no-band');
  });

  it('warns about benzodiazepine and alcohol co-use once buprenorphine is in play, not about a stopped one', async () => {
    const intake = await post(
      '/intake',
      intakeRequest({
        ...leaf(12),
        otherSubstances: [
          { substance: 'benzodiazepine', frequency: 'daily', lastUseAt: new Date(Date.now() - DAY).toISOString() },
          { substance: 'alcohol', frequency: 'weekly' },
          { substance: 'heroin-or-fentanyl', frequency: 'stopped' },
        ],
      }),
    );
    // No COWS, no order: buprenorphine is not in play, so no co-use warning yet.
    expect(kinds(await panel(), 'bup-co-use')).toEqual([]);
    await post('/assessments', { instrumentId: 'cows', answers: answersInOrder('cows', COWS[10] ?? []) });
    const warnings = kinds(await panel(), 'bup-co-use');
    expect(warnings.map((item) => [item.id, item.messageKey, item.basis])).toEqual([
      ['bup-co-use:benzodiazepine', 'treatment.coUse.benzodiazepine', [intake]],
      ['bup-co-use:alcohol', 'treatment.coUse.alcohol', [intake]],
    ]);
  });

  it.each([
    { name: 'T9', daysAgo: 3, blocked: true },
    { name: 'T10', daysAgo: 12, blocked: false },
  ])('$name: naltrexone with the last kratom dose $daysAgo days ago on the intake', async ({ daysAgo, blocked }) => {
    await post(
      '/intake',
      intakeRequest({
        kratom: {
          products: [{ form: 'leaf-powder', amountPerDay: 12, unit: 'g' }],
          lastDoseAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
        },
      }),
    );
    const order = await post('/medications', {
      drug: 'naltrexone',
      dose: 50,
      unit: 'mg',
      route: 'oral',
      status: 'active',
      orderedAt: new Date(Date.now() - 60_000).toISOString(),
      orderedBy: 'Dr Sample Fernhill',
    });
    const [washout] = kinds(await panel(), 'naltrexone-washout');
    expect(washout, JSON.stringify(order)).toBeDefined();
    expect(washout?.severity === 'block').toBe(blocked);
  });
});
