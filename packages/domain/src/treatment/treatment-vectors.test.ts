import { describe, expect, it } from 'vitest';
import { buildDecisionSupportPanel, type DecisionSupportPanel } from './decision-support-panel.js';
import type { DecisionSupportItem, TreatmentMessage } from './decision-support-item.js';
import type { CowsResultInput, DecisionSupportInput, KratomUseFacts, VitalsInput } from './treatment-input.js';
import { TREATMENT_MESSAGES_EN } from './treatment.messages.en.js';
import { HOUR_MS } from './treatment-time.js';

/** Clinical reference §7 vectors T1–T10 (and §6 K4), run through the whole panel. */

const NOW = Date.parse('2027-02-01T12:00:00Z');
const leaf = (gramsPerDay: number): KratomUseFacts => ({
  gramsPerDay,
  products: [{ form: 'leaf-powder', gramsLogged: true }],
  lastDoseAtMs: NOW - 20 * HOUR_MS,
});
const EMPTY: DecisionSupportInput = {
  orders: [],
  administrations: [],
  cows: [],
  vitals: [],
  kratom: leaf(12),
  coUse: [],
};
const cows = (total: number): CowsResultInput[] => [{ id: 'cows-1', total, assessedAtMs: NOW - HOUR_MS }];
const order = (id: string, drug: 'clonidine' | 'lofexidine' | 'naltrexone', dose: number) =>
  ({
    id,
    drug,
    dose,
    unit: 'mg',
    route: 'oral',
    status: 'active',
    orderedAtMs: NOW - 48 * HOUR_MS,
    orderedBy: 'dr-river',
  }) as const;

function panel(input: Partial<DecisionSupportInput>): DecisionSupportPanel {
  const result = buildDecisionSupportPanel({ ...EMPTY, ...input }, NOW);
  if (result.status !== 'ok') {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}
function item(result: DecisionSupportPanel, kind: DecisionSupportItem['kind']): DecisionSupportItem {
  const found = result.items.find((entry) => entry.kind === kind);
  if (found === undefined) {
    throw new Error(`no ${kind} item`);
  }
  return found;
}
const text = (message: Pick<TreatmentMessage, 'key'>): string => TREATMENT_MESSAGES_EN[message.key];
const mainText = (entry: DecisionSupportItem): string => text({ key: entry.messageKey });
const noteTexts = (entry: DecisionSupportItem): string[] => entry.notes.map(text);

describe('clinical reference §7 vectors', () => {
  it('T1: 12 g/day leaf, COWS 10 → "<20 g/d: 4/1–8/2 mg/day (Weiss & Douglas 2021)"', () => {
    const result = panel({ kratom: leaf(12), cows: cows(10) });
    expect(item(result, 'bup-induction-gate').messageKey).toBe('treatment.gate.open');
    expect(mainText(item(result, 'bup-dose-band'))).toBe('<20 g/d: 4/1–8/2 mg/day (Weiss & Douglas 2021)');
    expect(item(result, 'bup-dose-band').inputs).toMatchObject({ buprenorphineMgMin: 4, buprenorphineMgMax: 8 });
  });

  it('T2: 35 g/day, COWS 14 → "20–40 g/d: no published band; clinician judgement"', () => {
    const result = panel({ kratom: leaf(35), cows: cows(14) });
    expect(mainText(item(result, 'bup-dose-band'))).toBe('20–40 g/d: no published band; clinician judgement');
  });

  it('T3: 60 g/day, COWS 9 → "12/3–16/4 mg/day"', () => {
    const result = panel({ kratom: leaf(60), cows: cows(9) });
    expect(mainText(item(result, 'bup-dose-band'))).toContain('12/3–16/4 mg/day');
    expect(item(result, 'bup-dose-band').inputs).toMatchObject({ buprenorphineMgMin: 12, buprenorphineMgMax: 16 });
  });

  it('T4: 60 g/day, COWS 6 → no induction suggestion ("below induction threshold"), reassess prompt', () => {
    const result = panel({ kratom: leaf(60), cows: cows(6) });
    const gate = item(result, 'bup-induction-gate');
    expect(gate.messageKey).toBe('treatment.gate.closed.belowThreshold');
    expect(mainText(gate)).toContain('below the induction threshold');
    expect(gate.notes.map((note) => note.key)).toContain('treatment.gate.reassess');
    expect(result.items.some((entry) => entry.kind === 'bup-dose-band')).toBe(false);
  });

  it('K4: last use 6 h ago, COWS 3 → no induction suggestion', () => {
    const result = panel({ kratom: { ...leaf(12), lastDoseAtMs: NOW - 6 * HOUR_MS }, cows: cows(3) });
    expect(item(result, 'bup-induction-gate').messageKey).toBe('treatment.gate.closed.belowThreshold');
    expect(result.items.some((entry) => entry.kind === 'bup-dose-band')).toBe(false);
  });

  const vitals = (values: { systolic?: number; diastolic?: number; heartRate?: number }): VitalsInput[] => [
    { id: 'vit-1', takenAtMs: NOW - 30 * 60 * 1000, ...values },
  ];

  it('T5: clonidine due; SBP 88, HR 70 → hold (SBP < 90)', () => {
    const result = panel({
      orders: [order('ord-c', 'clonidine', 0.1)],
      vitals: vitals({ systolic: 88, heartRate: 70 }),
    });
    const hold = item(result, 'alpha2-hold');
    expect(hold.messageKey).toBe('treatment.hold.hold');
    expect(hold.notes.map((note) => note.key)).toContain('treatment.hold.systolic.low');
    expect(hold.severity).toBe('warning');
  });

  it('T6: clonidine due; SBP 112, DBP 70, HR 58 → hold (HR < 60)', () => {
    const result = panel({
      orders: [order('ord-c', 'clonidine', 0.1)],
      vitals: vitals({ systolic: 112, diastolic: 70, heartRate: 58 }),
    });
    const hold = item(result, 'alpha2-hold');
    expect(hold.messageKey).toBe('treatment.hold.hold');
    expect(hold.notes.map((note) => note.key)).toEqual(['treatment.hold.heartRate.low', 'treatment.clinicianDecides']);
  });

  it('T7: clonidine due; SBP 118, DBP 74, HR 72 → give', () => {
    const result = panel({
      orders: [order('ord-c', 'clonidine', 0.1)],
      vitals: vitals({ systolic: 118, diastolic: 74, heartRate: 72 }),
    });
    const hold = item(result, 'alpha2-hold');
    expect(hold.messageKey).toBe('treatment.hold.give');
    expect(hold.severity).toBe('info');
  });

  it('T8: lofexidine 4 × 0.72 mg in the past 24 hours; a 5th dose → block (2.88 mg daily maximum)', () => {
    const administrations = [1, 6, 11, 16].map((hoursAgo, index) => ({
      id: `adm-${index}`,
      orderId: 'ord-l',
      drug: 'lofexidine' as const,
      dose: 0.72,
      unit: 'mg' as const,
      route: 'oral' as const,
      givenAtMs: NOW - hoursAgo * HOUR_MS,
      givenBy: 'rn-ward',
    }));
    const result = panel({ orders: [order('ord-l', 'lofexidine', 0.72)], administrations });
    const ceiling = item(result, 'lofexidine-ceiling');
    expect(ceiling.severity).toBe('block');
    expect(ceiling.messageKey).toBe('treatment.lofexidine.blockDaily');
    expect(ceiling.values).toMatchObject({ givenMg: 2.88, remainingMg: 0 });
    expect(mainText(ceiling)).toContain('2.88 mg');
  });

  it('T9: naltrexone order; last kratom 3 days ago → block unless overridden, precipitated-withdrawal warning', () => {
    const input = {
      orders: [order('ord-n', 'naltrexone', 50)],
      kratom: { ...leaf(12), lastDoseAtMs: NOW - 72 * HOUR_MS },
    };
    const blocked = item(panel(input), 'naltrexone-washout');
    expect(blocked.severity).toBe('block');
    expect(blocked.notes.map((note) => note.key)).toContain('treatment.naltrexone.precipitatedWithdrawal');

    const overridden = item(
      panel({
        ...input,
        naltrexoneOverrides: [{ orderId: 'ord-n', overriddenBy: 'dr-river', reason: 'Negative mitragynine test' }],
      }),
      'naltrexone-washout',
    );
    expect(overridden.messageKey).toBe('treatment.naltrexone.overridden');
    expect(overridden.values).toMatchObject({ overriddenBy: 'dr-river', reason: 'Negative mitragynine test' });
    expect(overridden.notes.map((note) => note.key)).toContain('treatment.naltrexone.precipitatedWithdrawal');

    const refused = buildDecisionSupportPanel(
      { ...EMPTY, ...input, naltrexoneOverrides: [{ orderId: 'ord-n', overriddenBy: 'dr-river', reason: '' }] },
      NOW,
    );
    expect(refused).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'naltrexoneOverrides[0].reason', rule: 'blank-reason' }],
    });
  });

  it('T10: naltrexone order; last kratom 12 days ago → allow, with the optional naloxone-challenge prompt', () => {
    const result = panel({
      orders: [order('ord-n', 'naltrexone', 50)],
      kratom: { ...leaf(12), lastDoseAtMs: NOW - 12 * 24 * HOUR_MS },
    });
    const washout = item(result, 'naltrexone-washout');
    expect(washout.messageKey).toBe('treatment.naltrexone.allow');
    expect(washout.severity).toBe('info');
    expect(noteTexts(washout).join(' ')).toContain('naloxone challenge');
  });
});
