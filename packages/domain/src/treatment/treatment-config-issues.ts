import type { HoldThresholds, TreatmentConfig } from './treatment-config.js';
import type { TreatmentIssue } from './treatment-issues.js';

function numberIssue(path: string, value: number, min: number, max: number, whole: boolean): TreatmentIssue[] {
  const ok = Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value));
  return ok
    ? []
    : [{ path, rule: 'range', message: `Must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}` }];
}

function holdIssues(path: string, hold: HoldThresholds): TreatmentIssue[] {
  // Limits follow the vitals record's data-entry ranges: a threshold outside them could never fire.
  return [
    ...numberIssue(`${path}.systolicBelow`, hold.systolicBelow, 40, 300, true),
    ...numberIssue(`${path}.diastolicBelow`, hold.diastolicBelow, 20, 200, true),
    ...numberIssue(`${path}.heartRateBelow`, hold.heartRateBelow, 20, 300, true),
  ];
}

/**
 * Checks a clinic's settings, so a typo cannot silently switch a check off.
 *
 * @param config - The settings.
 * @returns Every issue, with paths under `config`.
 * @example treatmentConfigIssues({ ...DEFAULT_TREATMENT_CONFIG, bupInductionMinCows: 60 })[0]?.path // => 'config.bupInductionMinCows'
 */
export function treatmentConfigIssues(config: TreatmentConfig): TreatmentIssue[] {
  return [
    ...numberIssue('config.bupInductionMinCows', config.bupInductionMinCows, 0, 48, true),
    ...numberIssue('config.vitalsMaxAgeHours', config.vitalsMaxAgeHours, 0, 72, false),
    ...holdIssues('config.clonidineHold', config.clonidineHold),
    ...holdIssues('config.lofexidineHold', config.lofexidineHold),
    ...numberIssue('config.naltrexoneWashoutDays', config.naltrexoneWashoutDays, 1, 30, true),
  ];
}
