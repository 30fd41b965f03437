import { describe, expect, it } from 'vitest';
import { buildDecisionSupportPanel, type DecisionSupportPanel } from './decision-support-panel.js';
import type { DecisionSupportInput, MedicationOrderInput } from './treatment-input.js';
import { TREATMENT_MESSAGES_EN } from './treatment.messages.en.js';
import { TREATMENT_RULES } from './treatment-rules.js';
import { TREATMENT_SOURCE_IDS } from './treatment-sources.js';
import { HOUR_MS } from './treatment-time.js';

const NOW = Date.parse('2027-02-01T12:00:00Z');
const order = (
  id: string,
  drug: MedicationOrderInput['drug'],
  dose: number,
  status: 'active' | 'stopped' = 'active',
): MedicationOrderInput => ({
  id,
  drug,
  dose,
  unit: 'mg',
  route: drug.startsWith('buprenorphine') ? 'sublingual' : 'oral',
  status,
  orderedAtMs: NOW - 48 * HOUR_MS,
  orderedBy: 'dr-river',
});
const BASE: DecisionSupportInput = {
  orders: [],
  administrations: [],
  cows: [{ id: 'cows-1', total: 10, assessedAtMs: NOW - HOUR_MS }],
  vitals: [{ id: 'vit-1', takenAtMs: NOW - HOUR_MS, systolic: 118, diastolic: 74, heartRate: 72 }],
  kratom: {
    gramsPerDay: 12,
    products: [{ form: 'leaf-powder', gramsLogged: true }],
    lastDoseAtMs: NOW - 20 * HOUR_MS,
    basis: ['intake-1'],
  },
  coUse: [],
};
function panel(input: Partial<DecisionSupportInput>): DecisionSupportPanel {
  const result = buildDecisionSupportPanel({ ...BASE, ...input }, NOW);
  if (result.status !== 'ok') {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}
const FULL = panel({
  orders: [
    order('ord-c', 'clonidine', 0.1),
    order('ord-l', 'lofexidine', 0.54),
    order('ord-n', 'naltrexone', 50),
    order('ord-b', 'buprenorphine-naloxone', 8),
  ],
  coUse: [
    { id: 'use-a', substance: 'alcohol', lastUseAtMs: NOW - 24 * HOUR_MS },
    { id: 'use-b', substance: 'benzodiazepine', lastUseAtMs: null },
  ],
});

describe('buildDecisionSupportPanel', () => {
  it('assembles one item per rule and order, blocks first', () => {
    expect(FULL.items.map((item) => [item.id, item.severity])).toEqual([
      ['naltrexone-washout:ord-n', 'block'],
      ['bup-co-use:benzodiazepine', 'warning'],
      ['bup-co-use:alcohol', 'warning'],
      ['lofexidine-ceiling:ord-l', 'info'],
      ['alpha2-hold:ord-c', 'info'],
      ['alpha2-hold:ord-l', 'info'],
      ['bup-induction-gate', 'info'],
      ['bup-dose-band', 'info'],
    ]);
    expect(FULL.disclaimerKey).toBe('treatment.panel.disclaimer');
    expect(FULL.atMs).toBe(NOW);
  });

  it('gives every item its rule id and version, a known message, sources and the records behind it', () => {
    const rules = new Map<string, string>(Object.values(TREATMENT_RULES).map((rule) => [rule.id, rule.version]));
    for (const item of FULL.items) {
      expect(rules.get(item.ruleId), item.id).toBe(item.ruleVersion);
      expect(TREATMENT_MESSAGES_EN[item.messageKey], item.id).toMatch(/\S/);
      for (const note of item.notes) {
        expect(TREATMENT_MESSAGES_EN[note.key], `${item.id} ${note.key}`).toMatch(/\S/);
      }
      expect(item.sourceIds.length, item.id).toBeGreaterThan(0);
      for (const source of item.sourceIds) {
        expect(TREATMENT_SOURCE_IDS).toContain(source);
      }
      expect(Object.keys(item.inputs).length, item.id).toBeGreaterThan(0);
    }
    const byId = new Map(FULL.items.map((item) => [item.id, item]));
    expect(byId.get('bup-induction-gate')?.basis).toEqual(['cows-1', 'intake-1']);
    expect(byId.get('alpha2-hold:ord-c')?.basis).toEqual(['vit-1']);
    expect(byId.get('bup-co-use:alcohol')?.basis).toEqual(['use-a']);
  });

  it('marks every suggestion as the clinician’s decision', () => {
    for (const item of FULL.items.filter((entry) => entry.severity !== 'block')) {
      expect(
        item.notes.map((note) => note.key),
        item.id,
      ).toContain('treatment.clinicianDecides');
    }
  });

  it('ignores stopped orders', () => {
    const result = panel({
      orders: [order('ord-c', 'clonidine', 0.1, 'stopped'), order('ord-n', 'naltrexone', 50, 'stopped')],
    });
    expect(result.items.map((item) => item.kind)).toEqual(['bup-induction-gate', 'bup-dose-band']);
  });

  it('warns about co-use only when buprenorphine is in play', () => {
    const coUse = [{ id: 'use-b', substance: 'benzodiazepine' as const, lastUseAtMs: null }];
    const closedGate = { cows: [{ id: 'c', total: 3, assessedAtMs: NOW - HOUR_MS }], coUse };
    expect(panel(closedGate).items.some((item) => item.kind === 'bup-co-use')).toBe(false);
    expect(panel({ ...closedGate, cows: BASE.cows }).items.some((item) => item.kind === 'bup-co-use')).toBe(true);
    const dose = {
      id: 'adm-b',
      drug: 'buprenorphine' as const,
      dose: 4,
      unit: 'mg' as const,
      route: 'sublingual' as const,
      givenAtMs: NOW - HOUR_MS,
      givenBy: 'rn-ward',
    };
    expect(panel({ ...closedGate, administrations: [dose] }).items.some((item) => item.kind === 'bup-co-use')).toBe(
      true,
    );
  });

  it('lifts a naltrexone block only with an override for that order', () => {
    const input = { orders: [order('ord-n', 'naltrexone', 50)] };
    const other = panel({
      ...input,
      naltrexoneOverrides: [{ orderId: 'ord-other', overriddenBy: 'dr-river', reason: 'Negative test' }],
    });
    expect(other.items[0]).toMatchObject({ id: 'naltrexone-washout:ord-n', severity: 'block' });
    const own = panel({
      ...input,
      naltrexoneOverrides: [{ orderId: 'ord-n', overriddenBy: 'dr-river', reason: 'Negative test' }],
    });
    expect(own.items[0]).toMatchObject({
      id: 'naltrexone-washout:ord-n',
      severity: 'warning',
      messageKey: 'treatment.naltrexone.overridden',
    });
  });

  it('shows the gate caution beside an open gate under 12 h since kratom', () => {
    const result = panel({ kratom: { ...BASE.kratom, lastDoseAtMs: NOW - 8 * HOUR_MS } });
    const gate = result.items.find((item) => item.kind === 'bup-induction-gate');
    expect(gate).toMatchObject({ severity: 'caution', messageKey: 'treatment.gate.open' });
    expect(gate?.notes[0]).toEqual({ key: 'treatment.gate.caution.under12Hours', values: { hours: 8 } });
  });

  it('shows "no published band for this product" for extract use', () => {
    const result = panel({
      kratom: { ...BASE.kratom, products: [{ form: 'extract-or-concentrate', gramsLogged: false }] },
    });
    const band = result.items.find((item) => item.kind === 'bup-dose-band');
    expect(band && TREATMENT_MESSAGES_EN[band.messageKey]).toBe(
      'No published band for this product: clinician judgement',
    );
  });

  it('lists every bad field at once', () => {
    const result = buildDecisionSupportPanel(
      {
        ...BASE,
        orders: [{ ...order('ord-l', 'lofexidine', 0.54), unit: 'g' }],
        cows: [{ id: 'c', total: 60, assessedAtMs: NOW }],
        vitals: [{ id: 'v', takenAtMs: NOW, heartRate: 8 }],
        coUse: [{ id: 'u', substance: 'kava' as 'alcohol', lastUseAtMs: null }],
        kudSeverity: 'extreme' as 'severe',
      },
      NOW,
    );
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.issues.map((issue) => issue.path)).toEqual([
      'orders[0].unit',
      'cows[0].total',
      'vitals[0].heartRate',
      'coUse[0].substance',
      'kudSeverity',
    ]);
  });

  it('refuses a bad clock or config, naming it', () => {
    expect(buildDecisionSupportPanel(BASE, Number.NaN)).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'nowMs' }],
    });
    const config = {
      bupInductionMinCows: 8,
      vitalsMaxAgeHours: -1,
      naltrexoneWashoutDays: 7,
      clonidineHold: { systolicBelow: 90, diastolicBelow: 60, heartRateBelow: 60 },
      lofexidineHold: { systolicBelow: 90, diastolicBelow: 60, heartRateBelow: 60 },
    };
    expect(buildDecisionSupportPanel(BASE, NOW, config)).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'config.vitalsMaxAgeHours' }],
    });
  });
});
