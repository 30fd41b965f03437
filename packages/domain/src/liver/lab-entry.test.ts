import { describe, expect, it } from 'vitest';
import { validateLabEntry, type LabEntryInput } from './lab-entry.js';
import { LIVER_MESSAGES_EN } from './liver.messages.en.js';

const NOW = Date.UTC(2027, 0, 10, 9, 0);
const ALT: LabEntryInput = { loinc: '1742-6', value: 126, unit: 'U/L', upperLimit: 35, collectedAtMs: NOW };

const issuesOf = (input: LabEntryInput): unknown => {
  const result = validateLabEntry(input, NOW);
  return result.status === 'invalid' ? result.issues.map((issue) => [issue.field, issue.rule]) : [];
};

describe('validateLabEntry', () => {
  it("accepts ALT with the lab's own upper limit", () => {
    expect(validateLabEntry(ALT, NOW)).toEqual({
      status: 'valid',
      lab: {
        kind: 'quantitative',
        test: 'alt',
        loinc: '1742-6',
        value: 126,
        unit: 'U/L',
        upperLimit: 35,
        canonicalValue: 126,
        canonicalUnit: 'U/L',
        canonicalUpperLimit: 35,
        upperLimitDefaulted: false,
        collectedAtMs: NOW,
      },
    });
  });

  it.each([
    ['1742-6', 40],
    ['1920-8', 40],
    ['6768-6', 130],
    ['1975-2', 1.2],
  ])('uses the §8 default upper limit for %s (%f) when none is given, and says so', (loinc, uln) => {
    const unit = loinc === '1975-2' ? 'mg/dL' : 'U/L';
    const result = validateLabEntry({ loinc, value: 1, unit, collectedAtMs: NOW }, NOW);
    expect(result).toMatchObject({ status: 'valid', lab: { canonicalUpperLimit: uln, upperLimitDefaulted: true } });
  });

  it('accepts INR without a unit, or with UCUM "1", and takes no upper limit', () => {
    expect(validateLabEntry({ loinc: '6301-6', value: 1.5, collectedAtMs: NOW }, NOW).status).toBe('valid');
    expect(validateLabEntry({ loinc: '6301-6', value: 1.5, unit: '1', collectedAtMs: NOW }, NOW).status).toBe('valid');
    expect(issuesOf({ loinc: '6301-6', value: 1.5, upperLimit: 1.2, collectedAtMs: NOW })).toEqual([
      ['upperLimit', 'not-applicable'],
    ]);
  });

  it('converts 1 µkat/L to 60 U/L and 17.1 µmol/L to 1 mg/dL', () => {
    expect(validateLabEntry({ ...ALT, value: 1, unit: 'ukat/L', upperLimit: 0.5 }, NOW)).toMatchObject({
      lab: { canonicalValue: 60, canonicalUpperLimit: 30 },
    });
    expect(validateLabEntry({ loinc: '1975-2', value: 17.1, unit: 'µmol/L', collectedAtMs: NOW }, NOW)).toMatchObject({
      lab: { canonicalValue: 1, canonicalUpperLimit: 1.2, upperLimitDefaulted: true },
    });
  });

  it.each([
    [{ ...ALT, value: undefined }, [['value', 'required']]],
    [{ ...ALT, value: null }, [['value', 'required']]],
    [{ ...ALT, value: '126' }, [['value', 'wrong-type']]],
    [{ ...ALT, value: Number.NaN }, [['value', 'wrong-type']]],
    [{ ...ALT, value: -1 }, [['value', 'range']]],
    [{ ...ALT, value: 20001 }, [['value', 'range']]],
    [{ ...ALT, unit: 'IU/mL' }, [['unit', 'unknown-unit']]],
    [{ ...ALT, unit: 'mg/dL' }, [['unit', 'unknown-unit']]],
    // Found by the API's generated bad inputs: a unit named like an Object member is still unknown.
    [{ ...ALT, unit: '__proto__' }, [['unit', 'unknown-unit']]],
    [{ ...ALT, unit: 'constructor' }, [['unit', 'unknown-unit']]],
    [{ ...ALT, unit: 'toString' }, [['unit', 'unknown-unit']]],
    [{ ...ALT, unit: undefined }, [['unit', 'required']]],
    [{ ...ALT, upperLimit: 0 }, [['upperLimit', 'range']]],
    [{ ...ALT, upperLimit: 'high' }, [['upperLimit', 'wrong-type']]],
    [{ ...ALT, loinc: '9999-9' }, [['loinc', 'unknown-code']]],
    [{ ...ALT, loinc: undefined }, [['loinc', 'required']]],
    [{ ...ALT, collectedAtMs: NOW + 5 * 60 * 1000 + 1 }, [['collectedAt', 'future']]],
    [{ ...ALT, collectedAtMs: 'yesterday' }, [['collectedAt', 'wrong-type']]],
    [{ loinc: '6301-6', value: 0.4, collectedAtMs: NOW }, [['value', 'range']]],
    [{ loinc: '6301-6', value: 1, unit: 'U/L', collectedAtMs: NOW }, [['unit', 'unknown-unit']]],
    [{ loinc: '1975-2', value: 101, unit: 'mg/dL', collectedAtMs: NOW }, [['value', 'range']]],
  ])('rejects %o naming the field', (input, expected) => {
    expect(issuesOf(input as LabEntryInput)).toEqual(expected);
  });

  it.each([
    [0, 'valid'],
    [20000, 'valid'],
    [20000.01, 'invalid'],
  ])('ALT %f U/L is %s (plausibility edges)', (value, status) => {
    expect(validateLabEntry({ ...ALT, value }, NOW).status).toBe(status);
  });

  it('accepts a collection time exactly 5 minutes ahead (clock skew)', () => {
    expect(validateLabEntry({ ...ALT, collectedAtMs: NOW + 5 * 60 * 1000 }, NOW).status).toBe('valid');
  });

  it.each([
    ['75649-4', 'kratomUrine'],
    ['72732-1', 'mitragynineUrine'],
  ])('accepts the urine test %s as positive or negative', (loinc, test) => {
    expect(validateLabEntry({ loinc, value: 'negative', collectedAtMs: NOW }, NOW)).toEqual({
      status: 'valid',
      lab: { kind: 'qualitative', test, loinc, result: 'negative', collectedAtMs: NOW },
    });
    expect(issuesOf({ loinc, value: 3, unit: 'ng/mL', upperLimit: 5, collectedAtMs: NOW })).toEqual([
      ['value', 'wrong-type'],
      ['unit', 'not-applicable'],
      ['upperLimit', 'not-applicable'],
    ]);
    expect(issuesOf({ loinc, collectedAtMs: NOW, value: undefined })).toEqual([['value', 'required']]);
  });

  it('has an English message for every issue it can raise', () => {
    const inputs: LabEntryInput[] = [
      { ...ALT, value: null, unit: 'x', upperLimit: 'x', collectedAtMs: null },
      { ...ALT, value: 'x', unit: undefined, upperLimit: 1, collectedAtMs: 'x' },
      { ...ALT, value: -1, collectedAtMs: NOW + 3_600_000 },
      { ...ALT, loinc: 'x' },
      { ...ALT, loinc: null },
      { loinc: '6301-6', value: 1, upperLimit: 1, collectedAtMs: NOW },
      { loinc: '75649-4', value: 'x', unit: 'x', upperLimit: 1, collectedAtMs: NOW },
    ];
    const raised = inputs.flatMap((input) => {
      const result = validateLabEntry(input, NOW);
      return result.status === 'invalid' ? result.issues : [];
    });
    expect(new Set(raised.map((found) => found.rule)).size).toBe(7);
    for (const found of raised) {
      expect(LIVER_MESSAGES_EN[found.messageKey]).toBeTruthy();
    }
  });
});
