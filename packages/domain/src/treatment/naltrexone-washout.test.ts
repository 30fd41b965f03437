import { describe, expect, it } from 'vitest';
import {
  checkNaltrexoneWashout,
  type NaltrexoneWashoutInput,
  type NaltrexoneWashoutResult,
} from './naltrexone-washout.js';
import { DEFAULT_TREATMENT_CONFIG } from './treatment-config.js';
import type { TreatmentInvalid } from './treatment-issues.js';
import { HOUR_MS } from './treatment-time.js';

const NOW = Date.parse('2027-02-01T12:00:00Z');
const WEEK_MS = 7 * 24 * HOUR_MS;
const input = (lastDoseAtMs: number | null, extra: Partial<NaltrexoneWashoutInput> = {}): NaltrexoneWashoutInput => ({
  kratom: { gramsPerDay: 12, products: [{ form: 'leaf-powder', gramsLogged: true }], lastDoseAtMs },
  administrations: [],
  coUse: [],
  ...extra,
});
const OVERRIDE = { orderId: 'ord-n', overriddenBy: 'dr-river', reason: 'Naloxone challenge negative' };
function ok(result: NaltrexoneWashoutResult | TreatmentInvalid): NaltrexoneWashoutResult {
  if ('status' in result) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}

describe('checkNaltrexoneWashout', () => {
  it.each([
    [WEEK_MS - 1, 'block'],
    [WEEK_MS, 'block'],
    [WEEK_MS + 1, 'allow'],
  ])('kratom %i ms ago → %s (7 × 24 h, inclusive)', (agoMs, expected) => {
    expect(ok(checkNaltrexoneWashout(input(NOW - agoMs), NOW)).outcome).toBe(expected);
  });

  it('blocks when the last kratom or 7-OH use is unknown', () => {
    expect(ok(checkNaltrexoneWashout(input(null), NOW))).toMatchObject({
      outcome: 'block',
      reasons: ['kratom-last-use-unknown'],
    });
  });

  it('counts 7-OH as kratom: the last dose of any kratom product is the one that counts', () => {
    const facts = {
      ...input(NOW - 2 * 24 * HOUR_MS),
      kratom: {
        gramsPerDay: null,
        products: [{ form: '7-oh-product' as const, gramsLogged: false }],
        lastDoseAtMs: NOW - 48 * HOUR_MS,
      },
    };
    expect(ok(checkNaltrexoneWashout(facts, NOW)).outcome).toBe('block');
  });

  it('lifts the block only with an override that has a reason, and keeps the reasons', () => {
    expect(ok(checkNaltrexoneWashout(input(NOW - 72 * HOUR_MS), NOW, OVERRIDE))).toMatchObject({
      outcome: 'overridden',
      reasons: ['kratom-within-washout'],
      override: OVERRIDE,
    });
    expect(ok(checkNaltrexoneWashout(input(null), NOW, OVERRIDE)).outcome).toBe('overridden');
  });

  it.each(['', '   ', '\n\t'])('refuses an override whose reason is blank (%j)', (reason) => {
    expect(checkNaltrexoneWashout(input(NOW - 72 * HOUR_MS), NOW, { ...OVERRIDE, reason })).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'override.reason', rule: 'blank-reason' }],
    });
  });

  it('refuses an override without who gave it', () => {
    expect(checkNaltrexoneWashout(input(null), NOW, { ...OVERRIDE, overriddenBy: '' })).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'override.overriddenBy' }],
    });
  });

  it('blocks after a buprenorphine dose given within the washout, and after other opioid use', () => {
    const bup = {
      id: 'adm-b',
      drug: 'buprenorphine-naloxone' as const,
      dose: 8,
      unit: 'mg' as const,
      route: 'sublingual' as const,
      givenAtMs: NOW - 3 * 24 * HOUR_MS,
      givenBy: 'rn-ward',
    };
    expect(ok(checkNaltrexoneWashout(input(NOW - 30 * 24 * HOUR_MS, { administrations: [bup] }), NOW))).toMatchObject({
      outcome: 'block',
      reasons: ['opioid-within-washout'],
      opioidBasis: ['adm-b'],
    });
    const coUse = [{ id: 'use-o', substance: 'opioid' as const, lastUseAtMs: null }];
    expect(ok(checkNaltrexoneWashout(input(NOW - 30 * 24 * HOUR_MS, { coUse }), NOW)).reasons).toEqual([
      'opioid-last-use-unknown',
    ]);
  });

  it('does not block for alcohol or benzodiazepine use', () => {
    const coUse = [{ id: 'use-a', substance: 'alcohol' as const, lastUseAtMs: NOW - HOUR_MS }];
    expect(ok(checkNaltrexoneWashout(input(NOW - 30 * 24 * HOUR_MS, { coUse }), NOW)).outcome).toBe('allow');
  });

  it('honours a configured washout', () => {
    const config = { ...DEFAULT_TREATMENT_CONFIG, naltrexoneWashoutDays: 10 };
    expect(ok(checkNaltrexoneWashout(input(NOW - 8 * 24 * HOUR_MS), NOW, undefined, config))).toMatchObject({
      outcome: 'block',
      washoutHours: 240,
    });
  });

  it('reports the hours since the last kratom use', () => {
    expect(ok(checkNaltrexoneWashout(input(NOW - 72 * HOUR_MS), NOW)).hoursSinceLastKratom).toBe(72);
  });
});
