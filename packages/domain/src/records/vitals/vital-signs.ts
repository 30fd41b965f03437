/*
 * Vital signs as data: one entry per measurement, with its LOINC code, its UCUM unit and the
 * range a value must fall in to be accepted at all. The ranges are DATA-ENTRY plausibility limits
 * (they catch a pulse typed as 8 or 800, a temperature typed in °F), NOT clinical thresholds: a
 * value inside them can still be an emergency, and nothing here says whether a value is normal.
 */

/** The measurements a vitals record can carry; each is optional, at least one is required. */
export const VITAL_SIGN_FIELDS = [
  'heartRate',
  'systolic',
  'diastolic',
  'temperature',
  'respiratoryRate',
  'oxygenSaturation',
] as const;
export type VitalSignField = (typeof VITAL_SIGN_FIELDS)[number];

/** One measurement: how it is coded, in what unit, and which values are plausible enough to store. */
export interface VitalSignDefinition {
  readonly field: VitalSignField;
  /** LOINC code of the observation (FHIR R4 Vital Signs profile). */
  readonly loinc: string;
  /** UCUM unit code, as the FHIR profile fixes it. */
  readonly ucum: string;
  /** The unit as people read it. */
  readonly unit: string;
  /** Smallest value accepted, inclusive. */
  readonly min: number;
  /** Largest value accepted, inclusive. */
  readonly max: number;
  /** Decimal places accepted: 0 for whole numbers, 1 for tenths. */
  readonly decimals: 0 | 1;
}

/**
 * The six vital signs with their codes, units and data-entry limits (inclusive).
 *
 * @see HL7 FHIR R4 Vital Signs profile, http://hl7.org/fhir/R4/observation-vitalsigns.html
 *   (heart rate 8867-4, blood pressure panel 85354-9 with systolic 8480-6 and diastolic 8462-4,
 *   body temperature 8310-5, respiratory rate 9279-1), units from the ValueSet
 *   http://hl7.org/fhir/ValueSet/ucum-vitals-common (/min, mm[Hg], Cel, %).
 * @see LOINC 59408-5 "Oxygen saturation in Arterial blood by Pulse oximetry", the pulse-oximetry
 *   code the FHIR oxygen-saturation examples carry beside 2708-6
 *   (http://hl7.org/fhir/us/vitals/StructureDefinition/oxygen-saturation-arterial-blood-pulseOx).
 */
export const VITAL_SIGNS: Readonly<Record<VitalSignField, VitalSignDefinition>> = {
  heartRate: { field: 'heartRate', loinc: '8867-4', ucum: '/min', unit: 'bpm', min: 20, max: 300, decimals: 0 },
  systolic: { field: 'systolic', loinc: '8480-6', ucum: 'mm[Hg]', unit: 'mmHg', min: 40, max: 300, decimals: 0 },
  diastolic: { field: 'diastolic', loinc: '8462-4', ucum: 'mm[Hg]', unit: 'mmHg', min: 20, max: 200, decimals: 0 },
  temperature: { field: 'temperature', loinc: '8310-5', ucum: 'Cel', unit: '°C', min: 25, max: 45, decimals: 1 },
  respiratoryRate: {
    field: 'respiratoryRate',
    loinc: '9279-1',
    ucum: '/min',
    unit: '/min',
    min: 2,
    max: 80,
    decimals: 0,
  },
  oxygenSaturation: {
    field: 'oxygenSaturation',
    loinc: '59408-5',
    ucum: '%',
    unit: '%',
    min: 40,
    max: 100,
    decimals: 0,
  },
};

/** How far ahead of the server's clock `takenAt` may be: device clocks drift (5 minutes). */
export const VITALS_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The measured values of one vitals record; absent means not measured. */
export type VitalSignValues = Partial<Record<VitalSignField, number>>;

/** One broken rule, naming the field it is about. */
export interface VitalsIssue {
  readonly field: VitalSignField | 'takenAt';
  readonly rule: 'range' | 'decimals' | 'at-least-one' | 'systolic-above-diastolic' | 'future';
  readonly message: string;
}

/**
 * Whether a value has no more decimal places than the measurement takes. Tenths are compared
 * after rounding to 1e-9 so 37.1 (stored as 37.100000000000001) passes.
 *
 * @param value - The value.
 * @param decimals - Allowed decimal places.
 * @returns True when the value is precise enough and no more.
 * @example hasDecimals(37.1, 1) // => true
 * @example hasDecimals(37.15, 1) // => false
 */
export function hasDecimals(value: number, decimals: 0 | 1): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}

/**
 * Checks one measurement against its data-entry limits.
 *
 * @param field - The measurement.
 * @param value - The value in the measurement's unit.
 * @returns The issue, or undefined when the value is plausible.
 * @example vitalSignIssue('heartRate', 19) // => { field: 'heartRate', rule: 'range', … }
 */
export function vitalSignIssue(field: VitalSignField, value: number): VitalsIssue | undefined {
  const sign = VITAL_SIGNS[field];
  if (!Number.isFinite(value) || value < sign.min || value > sign.max) {
    return { field, rule: 'range', message: `Must be from ${sign.min} to ${sign.max} ${sign.unit}` };
  }
  if (!hasDecimals(value, sign.decimals)) {
    return {
      field,
      rule: 'decimals',
      message: sign.decimals === 0 ? 'Must be a whole number' : 'Must have at most one decimal place',
    };
  }
  return undefined;
}

/**
 * Checks a whole vitals record: every value in range and precise to its unit, at least one
 * value, and systolic above diastolic when both are given.
 *
 * @param values - The measured values.
 * @returns Every issue found, in field order; empty when the record is acceptable.
 * @example vitalsIssues({ systolic: 80, diastolic: 90 }) // => [{ field: 'systolic', rule: 'systolic-above-diastolic', … }]
 */
export function vitalsIssues(values: VitalSignValues): VitalsIssue[] {
  const issues: VitalsIssue[] = [];
  for (const field of VITAL_SIGN_FIELDS) {
    const value = values[field];
    const issue = value === undefined ? undefined : vitalSignIssue(field, value);
    if (issue !== undefined) {
      issues.push(issue);
    }
  }
  if (VITAL_SIGN_FIELDS.every((field) => values[field] === undefined)) {
    issues.push({ field: 'heartRate', rule: 'at-least-one', message: 'Enter at least one measurement' });
  }
  // Each pressure is optional on its own (a palpated systolic pressure has no diastolic one); when
  // both are given, systolic must be the higher.
  const { systolic, diastolic } = values;
  if (systolic !== undefined && diastolic !== undefined && systolic <= diastolic) {
    issues.push({ field: 'systolic', rule: 'systolic-above-diastolic', message: 'Must be above the diastolic value' });
  }
  return issues;
}

/**
 * Checks when the vitals were taken against now: not later than now plus {@link VITALS_CLOCK_SKEW_MS}.
 *
 * @param takenAtMs - When they were taken, epoch milliseconds.
 * @param nowMs - Now by the server's clock, epoch milliseconds (passed in: the domain has no clock).
 * @returns The issue, or undefined.
 * @example takenAtIssue(Date.parse('2027-01-01T10:06:00Z'), Date.parse('2027-01-01T10:00:00Z')) // => { rule: 'future', … }
 */
export function takenAtIssue(takenAtMs: number, nowMs: number): VitalsIssue | undefined {
  return takenAtMs > nowMs + VITALS_CLOCK_SKEW_MS
    ? { field: 'takenAt', rule: 'future', message: 'Must not be in the future' }
    : undefined;
}
