import { describe, expect, it } from 'vitest';
import { PHQ9_DEFINITION } from '../instruments/phq9/phq9.items.js';
import { scorePhq9 } from '../instruments/phq9/phq9.js';
import type { ScoreResult } from '../instruments/score-result.js';
import { assessLiver } from '../liver/assess-liver.js';
import type { StoredLab } from '../liver/liver-panel.js';
import { dashboardAlerts } from './dashboard-alerts.js';
import { MONITORING_MESSAGES_EN } from './monitoring.messages.en.js';
import { DEFAULT_MONITORING_SETTINGS, nextScoreDue } from './score-due.js';
import { scoreTrend } from './score-trend.js';
import type { SerialScore } from './serial-scores.js';

const T = Date.UTC(2027, 0, 10, 8, 0);
const H = 3_600_000;
const phq9 = (...values: number[]): ScoreResult =>
  scorePhq9(Object.fromEntries(PHQ9_DEFINITION.items.map((item, index) => [item.id, values[index] ?? 0])));
const cows = (total: number, at: number): SerialScore => ({
  id: `c${total}`,
  instrument: 'cows',
  total,
  assessedAtMs: at,
});
const lab = (loinc: string, value: number, upperLimit: number, unit = 'U/L'): StoredLab => ({
  id: loinc,
  loinc,
  value,
  unit,
  upperLimit,
  collectedAtMs: T,
});
const ids = (alerts: ReturnType<typeof dashboardAlerts>): string[] => alerts.map((found) => found.id);

describe('dashboardAlerts', () => {
  it('raises nothing without facts, or for P1/P2 PHQ-9 results', () => {
    expect(dashboardAlerts({}, T)).toEqual([]);
    expect(dashboardAlerts({ phq9: phq9(1, 1, 1, 1, 1, 1, 1, 1, 0) }, T)).toEqual([]);
  });

  it('raises PHQ-9 item 9 > 0 (P3), also from an incomplete form', () => {
    expect(ids(dashboardAlerts({ phq9: phq9(2, 2, 1, 1, 1, 1, 1, 0, 1) }, T))).toEqual(['phq9-item9']);
    expect(dashboardAlerts({ phq9: scorePhq9({ selfHarmThoughts: 2 }) }, T)[0]).toMatchObject({
      id: 'phq9-item9',
      priority: 'urgent',
      inputs: { 'phq9.status': 'incomplete' },
    });
  });

  it('raises one alert per red flag', () => {
    expect(
      dashboardAlerts({ redFlagIds: ['seizure', 'liver-warning-signs'] }, T).map((found) => found.inputs.redFlagId),
    ).toEqual(['seizure', 'liver-warning-signs']);
  });

  it('raises a COWS in a higher band, not a higher total in the same band', () => {
    const up = scoreTrend([cows(12, T), cows(13, T + H)], 'cows', T + H);
    const same = scoreTrend([cows(5, T), cows(12, T + H)], 'cows', T + H);
    expect(dashboardAlerts({ cowsTrend: up }, T + H)[0]).toMatchObject({
      id: 'cows-higher-band',
      inputs: { previousBand: 'mild', latestBand: 'moderate', latestTotal: 13 },
    });
    expect(dashboardAlerts({ cowsTrend: same }, T + H)).toEqual([]);
  });

  it.each([
    [4 * H - 1, []],
    [4 * H, [['assessment-due', 'routine']]],
    [4 * H + 1, [['assessment-due', 'high']]],
  ])('a score due at +4 h, looked at +%i ms, gives %o', (offset, expected) => {
    const scoreDue = nextScoreDue(
      { scores: [cows(9, T)], buprenorphineDoses: [] },
      DEFAULT_MONITORING_SETTINGS,
      T + offset,
    );
    expect(dashboardAlerts({ scoreDue }, T + offset).map((found) => [found.id, found.priority])).toEqual(expected);
  });

  it("raises Hy's-law labs as urgent (H1) and an abnormal liver result otherwise (H2)", () => {
    const h1 = assessLiver(
      [lab('1742-6', 126, 35), lab('1920-8', 73, 30), lab('6768-6', 218, 130), lab('1975-2', 5.6, 1.2, 'mg/dL')],
      T,
    );
    const h2 = assessLiver([lab('1742-6', 272, 40), lab('6768-6', 428, 130), lab('1975-2', 22.4, 1.2, 'mg/dL')], T);
    const normal = assessLiver([lab('1742-6', 30, 40), lab('6768-6', 100, 130)], T);
    expect(ids(dashboardAlerts({ liver: h1 }, T))).toEqual(['liver-hys-law']);
    expect(ids(dashboardAlerts({ liver: h2 }, T))).toEqual(['liver-abnormal']);
    expect(dashboardAlerts({ liver: normal }, T)).toEqual([]);
  });

  it('puts urgent alerts first, and every alert has an English message', () => {
    const scoreDue = nextScoreDue(
      { scores: [cows(9, T)], buprenorphineDoses: [] },
      DEFAULT_MONITORING_SETTINGS,
      T + 5 * H,
    );
    const alerts = dashboardAlerts(
      {
        scoreDue,
        cowsTrend: scoreTrend([cows(4, T - H), cows(9, T)], 'cows', T),
        phq9: phq9(0, 0, 0, 0, 0, 0, 0, 0, 1),
        redFlagIds: ['seizure'],
      },
      T + 5 * H,
    );
    expect(alerts.map((found) => [found.id, found.priority])).toEqual([
      ['red-flag', 'urgent'],
      ['phq9-item9', 'urgent'],
      ['cows-higher-band', 'high'],
      ['assessment-due', 'high'],
    ]);
    for (const found of alerts) {
      expect(MONITORING_MESSAGES_EN[found.messageKey]).toBeTruthy();
    }
  });
});
