import type { TreatmentIssue } from './treatment-issues.js';
import { oneOfIssue, timeIssue } from './treatment-issues.js';
import {
  DOSE_UNITS,
  MEDICATION_ROUTES,
  TREATMENT_DRUGS,
  type MedicationAdministrationInput,
  type MedicationDose,
  type MedicationOrderInput,
  type TreatmentDoseUnit,
  type TreatmentDrug,
} from './treatment-input.js';

/**
 * The units each medicine may be recorded in. Alpha-2 agonists are often written in micrograms; the
 * opioid-related medicines only in milligrams, so "8 g buprenorphine" is refused rather than guessed.
 */
export const DRUG_DOSE_UNITS: Readonly<Record<TreatmentDrug, readonly TreatmentDoseUnit[]>> = {
  'buprenorphine-naloxone': ['mg'],
  buprenorphine: ['mg'],
  clonidine: ['mg', 'ug'],
  lofexidine: ['mg', 'ug'],
  dihydrocodeine: ['mg'],
  naltrexone: ['mg'],
  symptomatic: ['mg', 'ug', 'g', 'mL'],
};

const MICROGRAMS_PER_UNIT: Readonly<Record<Exclude<TreatmentDoseUnit, 'mL'>, number>> = { ug: 1, mg: 1000, g: 1e6 };

/**
 * A mass dose in whole micrograms, or undefined for a volume or a dose finer than a microgram.
 *
 * @param dose - The amount.
 * @param unit - Its unit.
 * @returns Micrograms as an integer.
 * @example doseInMicrograms(0.18, 'mg') // => 180
 * @example doseInMicrograms(5, 'mL') // => undefined
 */
export function doseInMicrograms(dose: number, unit: TreatmentDoseUnit): number | undefined {
  if (unit === 'mL') {
    return undefined;
  }
  const micrograms = dose * MICROGRAMS_PER_UNIT[unit];
  const whole = Math.round(micrograms);
  return Math.abs(micrograms - whole) < 1e-6 ? whole : undefined;
}

/**
 * Checks a recorded dose: a known medicine and route, a unit that medicine is recorded in, and an amount
 * above zero in whole micrograms.
 *
 * @param path - Path of the dose's record (`orders[0]`).
 * @param dose - The dose.
 * @returns Every issue, naming each field.
 * @example doseIssues('orders[0]', { drug: 'lofexidine', dose: 0.18, unit: 'g', route: 'oral' })[0]?.path // => 'orders[0].unit'
 */
export function doseIssues(path: string, dose: MedicationDose): TreatmentIssue[] {
  const drugIssue = oneOfIssue(`${path}.drug`, dose.drug, TREATMENT_DRUGS);
  if (drugIssue !== undefined) {
    return [drugIssue];
  }
  const issues: TreatmentIssue[] = [];
  const routeIssue = oneOfIssue(`${path}.route`, dose.route, MEDICATION_ROUTES);
  if (routeIssue !== undefined) {
    issues.push(routeIssue);
  }
  const allowed = DRUG_DOSE_UNITS[dose.drug];
  if (!(DOSE_UNITS as readonly string[]).includes(dose.unit) || !allowed.includes(dose.unit)) {
    issues.push({ path: `${path}.unit`, rule: 'unit', message: `${dose.drug} is recorded in ${allowed.join(' or ')}` });
    return issues;
  }
  if (!Number.isFinite(dose.dose) || dose.dose <= 0) {
    issues.push({ path: `${path}.dose`, rule: 'range', message: 'Must be a number above 0' });
  } else if (dose.unit !== 'mL' && (doseInMicrograms(dose.dose, dose.unit) ?? 0) < 1) {
    // A dose that rounds to 0 µg (1e-9 ug) is no whole number of micrograms, though it is above zero.
    issues.push({ path: `${path}.dose`, rule: 'precision', message: 'Must be a whole number of micrograms' });
  }
  return issues;
}

/**
 * Checks an order: its dose, its times and who ordered it.
 *
 * @param path - Path of the order (`orders[0]`).
 * @param order - The order.
 * @returns Every issue.
 * @example orderIssues('orders[0]', { ...order, orderedBy: '' })[0]?.path // => 'orders[0].orderedBy'
 */
export function orderIssues(path: string, order: MedicationOrderInput): TreatmentIssue[] {
  const issues = [...doseIssues(path, order)];
  const status = oneOfIssue(`${path}.status`, order.status, ['active', 'stopped']);
  const time = timeIssue(`${path}.orderedAtMs`, order.orderedAtMs);
  for (const issue of [status, time]) {
    if (issue !== undefined) {
      issues.push(issue);
    }
  }
  if (order.orderedBy.trim() === '') {
    issues.push({ path: `${path}.orderedBy`, rule: 'required', message: 'Say who ordered it' });
  }
  return issues;
}

/**
 * Checks an administration: its dose, when it was given and who gave it.
 *
 * @param path - Path of the administration (`administrations[0]`).
 * @param given - The administration.
 * @returns Every issue.
 * @example administrationIssues('administrations[0]', { ...dose, givenBy: ' ' })[0]?.path // => 'administrations[0].givenBy'
 */
export function administrationIssues(path: string, given: MedicationAdministrationInput): TreatmentIssue[] {
  const issues = [...doseIssues(path, given)];
  const time = timeIssue(`${path}.givenAtMs`, given.givenAtMs);
  if (time !== undefined) {
    issues.push(time);
  }
  if (given.givenBy.trim() === '') {
    issues.push({ path: `${path}.givenBy`, rule: 'required', message: 'Say who gave it' });
  }
  return issues;
}
