import { VITAL_SIGN_FIELDS, vitalSignIssue } from '../records/vitals/vital-signs.js';
import type { TreatmentIssue } from './treatment-issues.js';
import { oneOfIssue, timeIssue } from './treatment-issues.js';
import {
  CO_USE_SUBSTANCES,
  KRATOM_PRODUCT_FORMS,
  type CoUseFact,
  type CowsResultInput,
  type KratomUseFacts,
  type VitalsInput,
} from './treatment-input.js';

function present(issues: readonly (TreatmentIssue | undefined)[]): TreatmentIssue[] {
  return issues.filter((issue): issue is TreatmentIssue => issue !== undefined);
}

/**
 * Checks COWS results: a whole total from 0 to 48 and a time.
 *
 * @param cows - The results.
 * @returns Every issue, with paths under `cows`.
 * @example cowsIssues([{ id: 'a', total: 49, assessedAtMs: 0 }])[0]?.path // => 'cows[0].total'
 * @see Clinical reference §1 (COWS total 0–48)
 */
export function cowsIssues(cows: readonly CowsResultInput[]): TreatmentIssue[] {
  return cows.flatMap((result, index) =>
    present([
      Number.isInteger(result.total) && result.total >= 0 && result.total <= 48
        ? undefined
        : { path: `cows[${index}].total`, rule: 'range', message: 'Must be a whole number from 0 to 48' },
      timeIssue(`cows[${index}].assessedAtMs`, result.assessedAtMs),
    ]),
  );
}

/**
 * Checks vitals records against the vitals record type's data-entry limits and units.
 *
 * @param vitals - The records.
 * @returns Every issue, with paths under `vitals`.
 * @example vitalsInputIssues([{ id: 'v', takenAtMs: 0, heartRate: 900 }])[0]?.path // => 'vitals[0].heartRate'
 */
export function vitalsInputIssues(vitals: readonly VitalsInput[]): TreatmentIssue[] {
  return vitals.flatMap((record, index) =>
    present([
      timeIssue(`vitals[${index}].takenAtMs`, record.takenAtMs),
      ...VITAL_SIGN_FIELDS.map((field): TreatmentIssue | undefined => {
        const value = record[field];
        const issue = value === undefined ? undefined : vitalSignIssue(field, value);
        return issue === undefined
          ? undefined
          : { path: `vitals[${index}].${field}`, rule: 'range', message: issue.message };
      }),
    ]),
  );
}

/**
 * Checks the kratom facts: grams per day not negative, known product forms, a time or null.
 *
 * @param kratom - The facts.
 * @returns Every issue, with paths under `kratom`.
 * @example kratomIssues({ gramsPerDay: -1, products: [], lastDoseAtMs: null })[0]?.path // => 'kratom.gramsPerDay'
 */
export function kratomIssues(kratom: KratomUseFacts): TreatmentIssue[] {
  const grams = kratom.gramsPerDay;
  return present([
    grams === null || (Number.isFinite(grams) && grams >= 0)
      ? undefined
      : { path: 'kratom.gramsPerDay', rule: 'range', message: 'Must be grams per day, 0 or more' },
    kratom.lastDoseAtMs === null ? undefined : timeIssue('kratom.lastDoseAtMs', kratom.lastDoseAtMs),
    ...kratom.products.map((product, index) =>
      oneOfIssue(`kratom.products[${index}].form`, product.form, KRATOM_PRODUCT_FORMS),
    ),
  ]);
}

/**
 * Checks co-use facts: a known substance and a time or null.
 *
 * @param coUse - The facts.
 * @returns Every issue, with paths under `coUse`.
 * @example coUseIssues([{ id: 'c', substance: 'tea', lastUseAtMs: null }])[0]?.path // => 'coUse[0].substance'
 */
export function coUseIssues(coUse: readonly CoUseFact[]): TreatmentIssue[] {
  return coUse.flatMap((fact, index) =>
    present([
      oneOfIssue(`coUse[${index}].substance`, fact.substance, CO_USE_SUBSTANCES),
      fact.lastUseAtMs === null ? undefined : timeIssue(`coUse[${index}].lastUseAtMs`, fact.lastUseAtMs),
    ]),
  );
}
