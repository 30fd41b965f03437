import { DEFAULT_MONITORING_SETTINGS } from '@kratom-care/domain';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { backfillMark } from './monitoring-backfill.js';
import { monitoringSettingsFrom } from './monitoring-settings.js';

/* The due-time settings a clinic configures (issue 10 §3): within the domain's limits, else start-up fails naming the variable. */

describe('monitoring settings from the environment', () => {
  it('keeps the defaults (every 4 h while COWS ≥ 5, 1 h after a dose) when nothing is set', () => {
    const config = loadConfig({}, '/srv');
    expect(config.monitoring).toBeUndefined();
    expect(monitoringSettingsFrom(config.monitoring)).toEqual(DEFAULT_MONITORING_SETTINGS);
  });

  it('takes a clinic’s interval, threshold and post-dose time within the limits', () => {
    const config = loadConfig(
      { MONITORING_INTERVAL_HOURS: '2', MONITORING_MIN_COWS: '8', MONITORING_POST_DOSE_HOURS: '0.5' },
      '/srv',
    );
    expect(monitoringSettingsFrom(config.monitoring)).toEqual({
      intervalHours: 2,
      activeWithdrawalMinCows: 8,
      postDoseIntervalHours: 0.5,
    });
  });

  it.each([
    ['MONITORING_INTERVAL_HOURS', '0'],
    ['MONITORING_INTERVAL_HOURS', '25'],
    ['MONITORING_MIN_COWS', '4.5'],
    ['MONITORING_MIN_COWS', '49'],
    ['MONITORING_POST_DOSE_HOURS', '5'],
    ['MONITORING_POST_DOSE_HOURS', 'soon'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value }, '/srv')).toThrow(name);
  });

  it('recomputes the summaries when the settings change (the backfill mark names them)', () => {
    const other = { ...DEFAULT_MONITORING_SETTINGS, intervalHours: 2 };
    expect(backfillMark(other)).not.toBe(backfillMark(DEFAULT_MONITORING_SETTINGS));
  });
});
