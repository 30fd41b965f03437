/** Why an input was refused, naming the field by its path (`administrations[2].unit`) for a 400. */
export interface TreatmentIssue {
  readonly path: string;
  readonly rule: 'required' | 'unit' | 'range' | 'precision' | 'time' | 'unknown-value' | 'blank-reason';
  readonly message: string;
}

/** The typed refusal every treatment function returns for bad input; it never throws for user input. */
export interface TreatmentInvalid {
  readonly status: 'invalid';
  readonly issues: readonly TreatmentIssue[];
}

/**
 * Wraps issues as a refusal.
 *
 * @param issues - At least one issue.
 * @returns The invalid result.
 * @example invalid([{ path: 'cows[0].total', rule: 'range', message: 'Must be from 0 to 48' }]).status // => 'invalid'
 */
export function invalid(issues: readonly TreatmentIssue[]): TreatmentInvalid {
  return { status: 'invalid', issues };
}

/**
 * Checks an instant: a finite whole number of epoch milliseconds.
 *
 * @param path - The field's path.
 * @param value - The value.
 * @returns The issue, or undefined.
 * @example timeIssue('nowMs', Number.NaN)?.rule // => 'time'
 */
export function timeIssue(path: string, value: number): TreatmentIssue | undefined {
  return Number.isSafeInteger(value)
    ? undefined
    : { path, rule: 'time', message: 'Must be a time (epoch milliseconds)' };
}

/**
 * Checks that a text is one of the known values.
 *
 * @param path - The field's path.
 * @param value - The value.
 * @param known - The accepted values.
 * @returns The issue, or undefined.
 * @example oneOfIssue('route', 'nasal', ['oral'])?.rule // => 'unknown-value'
 */
export function oneOfIssue(path: string, value: string, known: readonly string[]): TreatmentIssue | undefined {
  return known.includes(value)
    ? undefined
    : { path, rule: 'unknown-value', message: `Must be one of: ${known.join(', ')}` };
}

/**
 * Whether a treatment function refused its input.
 *
 * @param result - Any treatment function's result.
 * @returns True for the invalid result.
 * @example isTreatmentInvalid(invalid([])) // => true
 */
export function isTreatmentInvalid(result: object): result is TreatmentInvalid {
  return 'status' in result && result.status === 'invalid' && 'issues' in result;
}
