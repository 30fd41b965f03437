import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_SETTINGS, nextScoreDue, type MonitoringSettings, type ScoreDue } from './score-due.js';
import type { BuprenorphineDose, SerialScore } from './serial-scores.js';

const T = Date.UTC(2027, 0, 10, 8, 0);
const H = 3_600_000;
const cows = (total: number, at: number, id = `c${total}@${at}`): SerialScore => ({
  id,
  instrument: 'cows',
  total,
  assessedAtMs: at,
});
const sows = (total: number, at: number): SerialScore => ({
  id: `s${total}`,
  instrument: 'sows',
  total,
  assessedAtMs: at,
});
const dose = (at: number): BuprenorphineDose => ({ id: `b@${at}`, givenAtMs: at });
const due = (
  scores: SerialScore[],
  doses: BuprenorphineDose[],
  at: number,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): ScoreDue => nextScoreDue({ scores, buprenorphineDoses: doses }, settings, at);

describe('nextScoreDue: every 4 h while COWS ≥ 5 (issue 10 §3)', () => {
  it.each([
    [4, 'not-scheduled', 'below-threshold'],
    [5, 'scheduled', 'cows-interval'],
    [6, 'scheduled', 'cows-interval'],
  ])('latest COWS %i → %s (%s)', (total, status, rule) => {
    expect(due([cows(total, T)], [], T + H)).toMatchObject({ status, rule: { id: rule } });
  });

  it('is due 4 h after the latest COWS, with its inputs', () => {
    expect(due([cows(12, T - 2 * H), cows(9, T, 'latest')], [], T + H)).toEqual({
      status: 'scheduled',
      dueAtMs: T + 4 * H,
      overdue: false,
      rule: { id: 'cows-interval', version: '1.0.0' },
      messageKey: 'monitoring.due.cowsInterval',
      inputs: {
        latestCowsId: 'latest',
        latestCowsTotal: 9,
        latestCowsAtMs: T,
        pendingDoseId: null,
        pendingDoseAtMs: null,
        settings: DEFAULT_MONITORING_SETTINGS,
      },
    });
  });

  it.each([
    [4 * H - 1, false],
    [4 * H, false],
    [4 * H + 1, true],
  ])('at latest + %i ms overdue is %s (due at exactly 4 h is due, not overdue)', (offset, overdue) => {
    expect(due([cows(9, T)], [], T + offset)).toMatchObject({ dueAtMs: T + 4 * H, overdue });
  });

  it('follows a configured interval and threshold', () => {
    const settings = { ...DEFAULT_MONITORING_SETTINGS, intervalHours: 2, activeWithdrawalMinCows: 8 };
    expect(due([cows(8, T)], [], T, settings)).toMatchObject({ dueAtMs: T + 2 * H });
    expect(due([cows(7, T)], [], T, settings)).toMatchObject({ status: 'not-scheduled' });
  });

  it('schedules nothing without a COWS, and ignores SOWS and scores after `at`', () => {
    expect(due([sows(30, T)], [], T)).toMatchObject({
      status: 'not-scheduled',
      rule: { id: 'no-cows' },
      dueAtMs: null,
    });
    expect(due([cows(4, T), cows(20, T + 2 * H)], [], T + H)).toMatchObject({ rule: { id: 'below-threshold' } });
  });
});

describe('nextScoreDue: hourly after a buprenorphine dose until the post-dose COWS', () => {
  it('is due 1 h after the dose while no COWS follows it', () => {
    expect(due([cows(10, T)], [dose(T + 10 * 60_000)], T + 30 * 60_000)).toMatchObject({
      status: 'scheduled',
      dueAtMs: T + 70 * 60_000,
      overdue: false,
      rule: { id: 'post-dose' },
      inputs: { pendingDoseAtMs: T + 10 * 60_000 },
    });
  });

  it('is overdue once the hour passes without a post-dose COWS', () => {
    expect(due([cows(10, T)], [dose(T)], T + H + 1)).toMatchObject({ rule: { id: 'post-dose' }, overdue: true });
  });

  it('a COWS at the moment of the dose is the pre-dose score; one after it ends the post-dose rule', () => {
    expect(due([cows(10, T)], [dose(T)], T)).toMatchObject({ rule: { id: 'post-dose' } });
    expect(due([cows(10, T), cows(6, T + 1)], [dose(T)], T + 2)).toMatchObject({
      rule: { id: 'cows-interval' },
      dueAtMs: T + 1 + 4 * H,
    });
    expect(due([cows(10, T), cows(3, T + H)], [dose(T)], T + 2 * H)).toMatchObject({ rule: { id: 'below-threshold' } });
  });

  it('takes the earlier of the two rules (a dose 3.5 h after a COWS ≥ 5: the 4-h score comes first)', () => {
    expect(due([cows(10, T)], [dose(T + 3.5 * H)], T + 3.6 * H)).toMatchObject({
      rule: { id: 'cows-interval' },
      dueAtMs: T + 4 * H,
    });
  });

  it('follows a configured post-dose interval', () => {
    const settings = { ...DEFAULT_MONITORING_SETTINGS, postDoseIntervalHours: 0.5 };
    expect(due([], [dose(T)], T, settings)).toMatchObject({ dueAtMs: T + 0.5 * H, rule: { id: 'post-dose' } });
  });
});

describe('nextScoreDue: bad input', () => {
  it.each([
    [{ intervalHours: 0 }, 'settings.intervalHours'],
    [{ intervalHours: 24.5 }, 'settings.intervalHours'],
    [{ intervalHours: Number.NaN }, 'settings.intervalHours'],
    [{ activeWithdrawalMinCows: 4.5 }, 'settings.activeWithdrawalMinCows'],
    [{ activeWithdrawalMinCows: 0 }, 'settings.activeWithdrawalMinCows'],
    [{ postDoseIntervalHours: 5 }, 'settings.postDoseIntervalHours'],
  ])('rejects settings %o naming %s', (change, field) => {
    expect(due([cows(9, T)], [], T, { ...DEFAULT_MONITORING_SETTINGS, ...change })).toMatchObject({
      status: 'invalid',
      issues: [{ field }],
    });
  });

  it('accepts the setting limits themselves', () => {
    const settings = { intervalHours: 0.25, activeWithdrawalMinCows: 48, postDoseIntervalHours: 4 };
    expect(due([cows(48, T)], [], T, settings).status).toBe('scheduled');
  });

  it.each([
    [[cows(49, T)], [], 'scores[0].total'],
    [[cows(-1, T)], [], 'scores[0].total'],
    [[cows(5.5, T)], [], 'scores[0].total'],
    [[sows(65, T)], [], 'scores[0].total'],
    [[cows(5, Number.NaN)], [], 'scores[0].assessedAt'],
    [[], [dose(Number.POSITIVE_INFINITY)], 'buprenorphineDoses[0].givenAt'],
  ])('rejects a bad history record naming %#', (scores, doses, field) => {
    expect(due(scores, doses, T)).toMatchObject({ status: 'invalid', issues: [{ field }] });
  });
});
