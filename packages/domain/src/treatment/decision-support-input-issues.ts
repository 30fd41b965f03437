import type { TreatmentConfig } from './treatment-config.js';
import { treatmentConfigIssues } from './treatment-config-issues.js';
import type { DecisionSupportInput } from './treatment-input.js';
import { oneOfIssue, timeIssue, type TreatmentIssue } from './treatment-issues.js';
import { administrationIssues, orderIssues } from './medication-dose.js';
import { naltrexoneOverrideIssues } from './naltrexone-washout.js';
import { coUseIssues, cowsIssues, kratomIssues, vitalsInputIssues } from './observation-issues.js';

/**
 * Checks everything the panel reads, so one call lists every bad field (for one 400 with all paths).
 *
 * @param input - The panel's input.
 * @param nowMs - Now.
 * @param config - Clinic settings.
 * @returns Every issue; empty when the input is usable.
 * @example decisionSupportInputIssues({ ...input, cows: [{ id: 'c', total: 50, assessedAtMs: 0 }] }, now, config)[0]?.path // => 'cows[0].total'
 */
export function decisionSupportInputIssues(
  input: DecisionSupportInput,
  nowMs: number,
  config: TreatmentConfig,
): TreatmentIssue[] {
  const now = timeIssue('nowMs', nowMs);
  const kud =
    input.kudSeverity === undefined
      ? undefined
      : oneOfIssue('kudSeverity', input.kudSeverity, ['none', 'mild', 'moderate', 'severe']);
  return [
    ...(now === undefined ? [] : [now]),
    ...input.orders.flatMap((order, index) => orderIssues(`orders[${index}]`, order)),
    ...input.administrations.flatMap((given, index) => administrationIssues(`administrations[${index}]`, given)),
    ...cowsIssues(input.cows),
    ...vitalsInputIssues(input.vitals),
    ...kratomIssues(input.kratom),
    ...coUseIssues(input.coUse),
    ...(kud === undefined ? [] : [kud]),
    ...(input.naltrexoneOverrides ?? []).flatMap((override, index) =>
      naltrexoneOverrideIssues(override, `naltrexoneOverrides[${index}]`),
    ),
    ...treatmentConfigIssues(config),
  ];
}
