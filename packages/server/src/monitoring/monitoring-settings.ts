import { DEFAULT_MONITORING_SETTINGS, MONITORING_SETTING_LIMITS, type MonitoringSettings } from '@kratom-care/domain';

declare module 'fastify' {
  interface FastifyInstance {
    /** The due-time settings every monitoring summary is computed with (decision 0024). */
    monitoringSettings: MonitoringSettings;
  }
}

/**
 * The environment variable of each due-time setting: every 4 h while COWS ≥ 5, and 1 h after a
 * buprenorphine dose until the post-dose COWS, unless a clinic sets otherwise (issue 10 §3).
 */
export const MONITORING_ENV: Readonly<Record<keyof MonitoringSettings, string>> = {
  intervalHours: 'MONITORING_INTERVAL_HOURS',
  activeWithdrawalMinCows: 'MONITORING_MIN_COWS',
  postDoseIntervalHours: 'MONITORING_POST_DOSE_HOURS',
};

/**
 * The settings to use: the domain's defaults with the configured ones over them.
 *
 * @param configured - The settings given in the environment.
 * @returns Complete settings.
 * @see packages/domain/src/monitoring/README.md (due-time rule, setting limits)
 */
export function monitoringSettingsFrom(configured: Partial<MonitoringSettings> = {}): MonitoringSettings {
  return { ...DEFAULT_MONITORING_SETTINGS, ...configured };
}

/**
 * Why a configured value cannot be used (outside the domain's limits, or not whole where it must
 * be), naming its environment variable; empty when all can.
 *
 * @param configured - The settings given in the environment.
 * @returns One message per bad value.
 */
export function monitoringSettingProblems(configured: Partial<MonitoringSettings>): string[] {
  return (Object.keys(MONITORING_ENV) as (keyof MonitoringSettings)[]).flatMap((key) => {
    const value = configured[key];
    if (value === undefined) {
      return [];
    }
    const { min, max } = MONITORING_SETTING_LIMITS[key];
    const whole = key !== 'activeWithdrawalMinCows' || Number.isInteger(value);
    return Number.isFinite(value) && value >= min && value <= max && whole
      ? []
      : [`${MONITORING_ENV[key]} must be a number from ${String(min)} to ${String(max)}${whole ? '' : ', whole'}`];
  });
}
