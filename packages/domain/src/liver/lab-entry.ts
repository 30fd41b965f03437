import {
  LAB_TESTS,
  labTestByLoinc,
  round6,
  type LiverAnalyte,
  type LiverAnalyteDefinition,
  type UrineResult,
  type UrineTest,
} from './liver-tests.js';
import type { LiverMessageKey } from './liver.messages.en.js';

/** A lab result as entered (the body of `POST /api/patients/{id}/labs`); every field is checked. */
export interface LabEntryInput {
  readonly loinc: unknown;
  readonly value: unknown;
  readonly unit?: unknown;
  readonly upperLimit?: unknown;
  /** When the sample was collected, epoch milliseconds. */
  readonly collectedAtMs: unknown;
}

export type LabEntryField = 'loinc' | 'value' | 'unit' | 'upperLimit' | 'collectedAt';

/** One broken rule, naming the field (the API turns it into a 400 with this path). */
export interface LabEntryIssue {
  readonly field: LabEntryField;
  readonly rule: 'unknown-code' | 'required' | 'wrong-type' | 'range' | 'unknown-unit' | 'not-applicable' | 'future';
  readonly messageKey: LiverMessageKey;
}

/** A liver test after checking, with the value and upper limit converted to the canonical unit. */
export interface LiverLabValue {
  readonly kind: 'quantitative';
  readonly test: LiverAnalyte;
  readonly loinc: string;
  readonly value: number;
  readonly unit: string;
  readonly upperLimit: number | null;
  readonly canonicalValue: number;
  readonly canonicalUnit: string;
  /** The lab's limit, converted; or the §8 default when the lab gave none; null for INR. */
  readonly canonicalUpperLimit: number | null;
  /** True when the §8 default stands in for the lab's own upper limit (C.1.3: the output says so). */
  readonly upperLimitDefaulted: boolean;
  readonly collectedAtMs: number;
}

/** A urine test for kratom alkaloids after checking. */
export interface UrineLabValue {
  readonly kind: 'qualitative';
  readonly test: UrineTest;
  readonly loinc: string;
  readonly result: UrineResult;
  readonly collectedAtMs: number;
}

export type LabValue = LiverLabValue | UrineLabValue;

export type LabEntryResult =
  | { readonly status: 'valid'; readonly lab: LabValue }
  | { readonly status: 'invalid'; readonly issues: readonly LabEntryIssue[] };

/** How far ahead of the server clock a collection time may be: device clocks drift (5 minutes). */
export const LAB_CLOCK_SKEW_MS = 5 * 60 * 1000;

const issue = (field: LabEntryField, rule: LabEntryIssue['rule']): LabEntryIssue => ({
  field,
  rule,
  messageKey: `liver.entry.${field}.${rule}` as LiverMessageKey,
});

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

function collectedAtIssues(collectedAtMs: unknown, nowMs: number): LabEntryIssue[] {
  if (isAbsent(collectedAtMs)) {
    return [issue('collectedAt', 'required')];
  }
  if (typeof collectedAtMs !== 'number' || !Number.isFinite(collectedAtMs)) {
    return [issue('collectedAt', 'wrong-type')];
  }
  return collectedAtMs > nowMs + LAB_CLOCK_SKEW_MS ? [issue('collectedAt', 'future')] : [];
}

function checkQuantitative(
  definition: LiverAnalyteDefinition,
  input: LabEntryInput,
  issues: LabEntryIssue[],
): Omit<LiverLabValue, 'collectedAtMs'> | undefined {
  const { value, upperLimit } = input;
  const unit = isAbsent(input.unit) ? '' : input.unit;
  if (isAbsent(value)) {
    issues.push(issue('value', 'required'));
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(issue('value', 'wrong-type'));
  }
  // Never guess a unit (C.1.2): an absent unit is only right for INR, which has none. Own keys only:
  // `__proto__` or `constructor` as a unit must not find Object's prototype.
  const factor = typeof unit === 'string' && Object.hasOwn(definition.units, unit) ? definition.units[unit] : undefined;
  if (factor === undefined) {
    issues.push(issue('unit', unit === '' ? 'required' : 'unknown-unit'));
  }
  if (typeof value === 'number' && Number.isFinite(value) && factor !== undefined) {
    const canonical = round6(value * factor);
    if (canonical < definition.min || canonical > definition.max) {
      issues.push(issue('value', 'range'));
    }
  }
  let canonicalUpperLimit: number | null = null;
  if (!isAbsent(upperLimit)) {
    if (definition.upperLimitRange === null) {
      issues.push(issue('upperLimit', 'not-applicable'));
    } else if (typeof upperLimit !== 'number' || !Number.isFinite(upperLimit)) {
      issues.push(issue('upperLimit', 'wrong-type'));
    } else if (factor !== undefined) {
      canonicalUpperLimit = round6(upperLimit * factor);
      const range = definition.upperLimitRange;
      if (canonicalUpperLimit < range.min || canonicalUpperLimit > range.max) {
        issues.push(issue('upperLimit', 'range'));
      }
    }
  }
  if (issues.length > 0 || typeof value !== 'number' || factor === undefined || typeof unit !== 'string') {
    return undefined;
  }
  const defaulted = canonicalUpperLimit === null && definition.defaultUpperLimit !== null;
  return {
    kind: 'quantitative',
    test: definition.test,
    loinc: definition.loinc,
    value,
    unit,
    upperLimit: typeof upperLimit === 'number' ? upperLimit : null,
    canonicalValue: round6(value * factor),
    canonicalUnit: definition.canonicalUnit,
    canonicalUpperLimit: canonicalUpperLimit ?? definition.defaultUpperLimit,
    upperLimitDefaulted: defaulted,
  };
}

/**
 * Checks one lab result as entered: a known LOINC code, a value (a lab without a value is invalid), a
 * unit the product knows for that test, a physiologically plausible value and upper limit, and a
 * collection time not in the future. Liver values are converted to the canonical unit (U/L, mg/dL); when
 * the lab gives no upper limit, the §8 reference default is used and `upperLimitDefaulted` says so.
 * Urine tests for kratom (75649-4) and mitragynine (72732-1) take `positive` or `negative`, no unit, no
 * upper limit. Never throws: bad input gives `invalid` with every issue, each naming its field.
 *
 * @param input - The entry as received.
 * @param nowMs - Now by the server's clock, epoch milliseconds (the domain has no clock).
 * @returns `valid` with the checked lab, or `invalid` with the issues.
 * @see Clinical reference §8 (LOINC codes, ULN defaults) and Appendix C.1.2 (units), C.1.3 (defaults are
 *   reported as such)
 * @example validateLabEntry({ loinc: '1742-6', value: 126, unit: 'U/L', upperLimit: 35, collectedAtMs: t }, t)
 *   // => { status: 'valid', lab: { test: 'alt', canonicalValue: 126, canonicalUpperLimit: 35, … } }
 */
export function validateLabEntry(input: LabEntryInput, nowMs: number): LabEntryResult {
  const issues: LabEntryIssue[] = [];
  const definition = typeof input.loinc === 'string' ? labTestByLoinc(input.loinc) : undefined;
  if (definition === undefined) {
    issues.push(issue('loinc', isAbsent(input.loinc) ? 'required' : 'unknown-code'));
    issues.push(...collectedAtIssues(input.collectedAtMs, nowMs));
    return { status: 'invalid', issues };
  }
  if (definition.kind === 'qualitative') {
    const { value } = input;
    if (isAbsent(value)) {
      issues.push(issue('value', 'required'));
    } else if (typeof value !== 'string' || !definition.results.includes(value as UrineResult)) {
      issues.push(issue('value', 'wrong-type'));
    }
    if (!isAbsent(input.unit) && input.unit !== '') {
      issues.push(issue('unit', 'not-applicable'));
    }
    if (!isAbsent(input.upperLimit)) {
      issues.push(issue('upperLimit', 'not-applicable'));
    }
    issues.push(...collectedAtIssues(input.collectedAtMs, nowMs));
    if (issues.length > 0) {
      return { status: 'invalid', issues };
    }
    return {
      status: 'valid',
      lab: {
        kind: 'qualitative',
        test: definition.test,
        loinc: definition.loinc,
        result: value as UrineResult,
        collectedAtMs: input.collectedAtMs as number,
      },
    };
  }
  const checked = checkQuantitative(LAB_TESTS[definition.test] as LiverAnalyteDefinition, input, issues);
  issues.push(...collectedAtIssues(input.collectedAtMs, nowMs));
  if (checked === undefined || issues.length > 0) {
    return { status: 'invalid', issues };
  }
  return { status: 'valid', lab: { ...checked, collectedAtMs: input.collectedAtMs as number } };
}
