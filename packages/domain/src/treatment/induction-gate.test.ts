import { describe, expect, it } from 'vitest';
import { evaluateInductionGate, type InductionGateInput, type InductionGateResult } from './induction-gate.js';
import { DEFAULT_TREATMENT_CONFIG } from './treatment-config.js';
import type { KratomUseFacts } from './treatment-input.js';
import type { TreatmentInvalid } from './treatment-issues.js';
import { HOUR_MS } from './treatment-time.js';

const NOW = Date.parse('2027-02-01T12:00:00Z');
const KRATOM: KratomUseFacts = {
  gramsPerDay: 12,
  products: [{ form: 'leaf-powder', gramsLogged: true }],
  lastDoseAtMs: NOW - 20 * HOUR_MS,
};
const input = (total: number, extra: Partial<InductionGateInput> = {}): InductionGateInput => ({
  cows: [{ id: 'c1', total, assessedAtMs: NOW - HOUR_MS }],
  kratom: KRATOM,
  ...extra,
});
function ok(result: InductionGateResult | TreatmentInvalid): InductionGateResult {
  if (result.status === 'invalid') {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}

describe('evaluateInductionGate', () => {
  it.each([
    [7, 'closed'],
    [8, 'open'],
    [9, 'open'],
  ])('with the default threshold 8, COWS %i leaves the gate %s', (total, status) => {
    expect(ok(evaluateInductionGate(input(total), NOW)).status).toBe(status);
  });

  it.each([
    [11, 'closed'],
    [12, 'open'],
    [13, 'open'],
  ])('with a configured threshold of 12, COWS %i leaves the gate %s', (total, status) => {
    const config = { ...DEFAULT_TREATMENT_CONFIG, bupInductionMinCows: 12 };
    expect(ok(evaluateInductionGate(input(total), NOW, config)).status).toBe(status);
  });

  it('closes without any COWS: a missing score is never ready', () => {
    const result = ok(evaluateInductionGate({ cows: [], kratom: KRATOM }, NOW));
    expect(result).toMatchObject({ status: 'closed', reasons: ['no-cows'], doseBand: null });
    expect(result.inputs.latestCowsTotal).toBeNull();
  });

  it('reads the latest COWS, not the highest, and ignores one stamped after now', () => {
    const cows = [
      { id: 'old-high', total: 20, assessedAtMs: NOW - 5 * HOUR_MS },
      { id: 'latest', total: 6, assessedAtMs: NOW - HOUR_MS },
      { id: 'future', total: 30, assessedAtMs: NOW + 60_000 },
    ];
    const result = ok(evaluateInductionGate({ cows, kratom: KRATOM }, NOW));
    expect(result).toMatchObject({ status: 'closed', reasons: ['below-threshold'] });
    expect(result.inputs.latestCowsId).toBe('latest');
  });

  it('never opens on elapsed time alone: 72 h since the last dose with COWS 4 stays closed', () => {
    const result = ok(
      evaluateInductionGate(input(4, { kratom: { ...KRATOM, lastDoseAtMs: NOW - 72 * HOUR_MS } }), NOW),
    );
    expect(result.status).toBe('closed');
  });

  it.each([
    [12 * HOUR_MS - 1, ['under-12-hours-since-kratom']],
    [12 * HOUR_MS, []],
    [12 * HOUR_MS + 1, []],
  ])('at %i ms since the last kratom dose, an open gate has cautions %j', (sinceMs, cautions) => {
    const kratom = { ...KRATOM, lastDoseAtMs: NOW - sinceMs };
    expect(ok(evaluateInductionGate(input(10, { kratom }), NOW)).cautions).toEqual(cautions);
  });

  it('cautions beside an open gate when the last kratom dose time is unknown; the gate stays open', () => {
    const result = ok(evaluateInductionGate(input(10, { kratom: { ...KRATOM, lastDoseAtMs: null } }), NOW));
    expect(result).toMatchObject({ status: 'open', cautions: ['last-kratom-dose-unknown'] });
  });

  it('puts no caution beside a closed gate', () => {
    const result = ok(evaluateInductionGate(input(3, { kratom: { ...KRATOM, lastDoseAtMs: NOW - HOUR_MS } }), NOW));
    expect(result.cautions).toEqual([]);
  });

  it('with a threshold below the withdrawal band, needs moderate or severe KUD or withdrawal (COWS ≥ 5)', () => {
    const config = { ...DEFAULT_TREATMENT_CONFIG, bupInductionMinCows: 3 };
    expect(ok(evaluateInductionGate(input(4), NOW, config))).toMatchObject({
      status: 'closed',
      reasons: ['no-kud-or-withdrawal'],
    });
    expect(ok(evaluateInductionGate(input(4, { kudSeverity: 'moderate' }), NOW, config)).status).toBe('open');
    expect(ok(evaluateInductionGate(input(5), NOW, config)).status).toBe('open');
  });

  it('returns the inputs it used', () => {
    expect(ok(evaluateInductionGate(input(10, { kudSeverity: 'severe' }), NOW)).inputs).toEqual({
      latestCowsId: 'c1',
      latestCowsTotal: 10,
      latestCowsAtMs: NOW - HOUR_MS,
      threshold: 8,
      hoursSinceLastKratom: 20,
      kudSeverity: 'severe',
    });
  });

  it.each([
    [{ cows: [{ id: 'c', total: 49, assessedAtMs: NOW }], kratom: KRATOM }, 'cows[0].total'],
    [{ cows: [{ id: 'c', total: 7.5, assessedAtMs: NOW }], kratom: KRATOM }, 'cows[0].total'],
    [{ cows: [{ id: 'c', total: 8, assessedAtMs: Number.NaN }], kratom: KRATOM }, 'cows[0].assessedAtMs'],
    [{ cows: [], kratom: { ...KRATOM, gramsPerDay: -1 } }, 'kratom.gramsPerDay'],
  ])('refuses bad input, naming the field (%#)', (bad, path) => {
    expect(evaluateInductionGate(bad, NOW)).toMatchObject({ status: 'invalid', issues: [{ path }] });
  });

  it('refuses a threshold outside 0–48', () => {
    const result = evaluateInductionGate(input(10), NOW, { ...DEFAULT_TREATMENT_CONFIG, bupInductionMinCows: 49 });
    expect(result).toMatchObject({ status: 'invalid', issues: [{ path: 'config.bupInductionMinCows' }] });
  });
});
