import { describe, expect, it } from 'vitest';
import { assessLiver } from './assess-liver.js';
import type { StoredLab } from './liver-panel.js';

const T = Date.UTC(2027, 0, 10, 9, 0);
const HOUR = 3_600_000;
const LOINC = { alt: '1742-6', ast: '1920-8', alp: '6768-6', tbil: '1975-2', inr: '6301-6' } as const;

/** A fictional stored result: value over its lab upper limit, in U/L (enzymes) or mg/dL (bilirubin). */
function lab(test: keyof typeof LOINC, value: number, upperLimit?: number, at = T, unit?: string): StoredLab {
  const defaultUnits: Record<keyof typeof LOINC, string> = {
    alt: 'U/L',
    ast: 'U/L',
    alp: 'U/L',
    tbil: 'mg/dL',
    inr: '',
  };
  const defaultUnit = defaultUnits[test];
  return {
    id: `${test}-${value}-${at}`,
    loinc: LOINC[test],
    value,
    unit: unit ?? defaultUnit,
    ...(upperLimit === undefined ? {} : { upperLimit }),
    collectedAtMs: at,
  };
}

describe('assessLiver: reference vectors H1–H6 (clinical reference §8)', () => {
  it("H1 (LiverTox 8332): R 2.15 mixed, Hy's-law labs met, urgent, at least DILIN grade 2", () => {
    const result = assessLiver(
      [lab('alt', 126, 35), lab('ast', 73, 30), lab('alp', 218, 130), lab('tbil', 5.6, 1.2)],
      T,
    );
    expect(result.rRatio).toBeCloseTo(2.15, 2);
    expect(result.altMultiple).toBe(3.6);
    expect(result.alpMultiple).toBeCloseTo(1.68, 2);
    expect(result.pattern).toBe('mixed');
    expect(result.hysLaw).toMatchObject({
      status: 'met',
      criteria: { aminotransferase: true, bilirubin: true, alpBelowTwice: true },
      hysLaw: false,
    });
    expect(result.urgent).toBe(true);
    expect(result.abnormal).toBe(true);
    expect(result.dilinGrade).toEqual({ grade: 2, atLeast: true, missing: ['inr'] });
    expect(result.basis).toEqual([`alt-126-${T}`, `ast-73-${T}`, `alp-218-${T}`, `tbil-5.6-${T}`]);
    expect(result.defaultedUpperLimits).toEqual([]);
  });

  it("H2 (LiverTox 6972): R 2.07 mixed; ALP ≥ 2× so Hy's-law labs not met; DILIN grade ≥ 2", () => {
    const result = assessLiver(
      [lab('alt', 272, 40), lab('ast', 100, 40), lab('alp', 428, 130), lab('tbil', 22.4, 1.2)],
      T,
    );
    expect(result.rRatio).toBeCloseTo(2.07, 2);
    expect(result.pattern).toBe('mixed');
    expect(result.hysLaw.status).toBe('not-met');
    expect(result.hysLaw.criteria.alpBelowTwice).toBe(false);
    expect(result.urgent).toBe(false);
    expect(result.dilinGrade).toMatchObject({ grade: 2, atLeast: true });
  });

  it('H2 as given (no AST): ALT alone meets the aminotransferase criterion, so the result is still not met', () => {
    const result = assessLiver([lab('alt', 272, 40), lab('alp', 428, 130), lab('tbil', 22.4, 1.2)], T);
    expect(result.hysLaw).toMatchObject({ status: 'not-met', missing: [] });
  });

  it("H3: R 18.0 hepatocellular; no Hy's law (bilirubin normal)", () => {
    const result = assessLiver([lab('alt', 600, 40), lab('alp', 100, 120), lab('tbil', 0.8, 1.2)], T);
    expect(result.rRatio).toBe(18);
    expect(result.pattern).toBe('hepatocellular');
    expect(result.hysLaw).toMatchObject({ status: 'not-met', criteria: { bilirubin: false } });
    expect(result.dilinGrade).toEqual({ grade: 1, atLeast: true, missing: ['inr'] });
  });

  it('H4: R 0.5 cholestatic', () => {
    const result = assessLiver([lab('alt', 80, 40), lab('alp', 400, 100)], T);
    expect([result.rRatio, result.pattern]).toEqual([0.5, 'cholestatic']);
    expect(result.hysLaw).toMatchObject({ status: 'incomplete', missing: ['ast', 'totalBilirubin'] });
  });

  it('H5: R exactly 5.0 is hepatocellular (boundary inclusive)', () => {
    const result = assessLiver([lab('alt', 200, 40), lab('alp', 130, 130)], T);
    expect([result.rRatio, result.pattern]).toEqual([5, 'hepatocellular']);
  });

  it('H6: R exactly 2.0 is cholestatic (boundary ≤ 2)', () => {
    const result = assessLiver([lab('alt', 100, 40), lab('alp', 162.5, 130)], T);
    expect([result.rRatio, result.pattern]).toEqual([2, 'cholestatic']);
  });
});

describe('assessLiver: R-ratio boundaries', () => {
  it.each([
    [199.96, 'mixed'], // R 4.999
    [200, 'hepatocellular'],
    [200.04, 'hepatocellular'],
  ])('ALT %f/40 with ALP at its limit gives %s', (alt, pattern) => {
    expect(assessLiver([lab('alt', alt, 40), lab('alp', 130, 130)], T).pattern).toBe(pattern);
  });

  it.each([
    [99.96, 'cholestatic'],
    [100, 'cholestatic'],
    [100.04, 'mixed'],
  ])('ALT %f/40 with ALP 1.25× gives %s', (alt, pattern) => {
    expect(assessLiver([lab('alt', alt, 40), lab('alp', 162.5, 130)], T).pattern).toBe(pattern);
  });

  it('reports no pattern without enzyme elevation (ALT and ALP at their limits)', () => {
    const result = assessLiver([lab('alt', 40, 40), lab('alp', 130, 130)], T);
    expect([result.rRatio, result.pattern]).toEqual([null, 'no-enzyme-elevation']);
    expect(result.dilinGrade).toBeNull();
    expect(result.abnormal).toBe(false);
  });

  it('reads ALP just above its limit as elevation', () => {
    expect(assessLiver([lab('alt', 40, 40), lab('alp', 131, 130)], T).pattern).toBe('cholestatic');
  });
});

describe("assessLiver: Hy's-law boundaries (C.1.5, C.1.6)", () => {
  const base = (alt: number, tbil: number, alp: number): StoredLab[] => [
    lab('alt', alt, 40),
    lab('ast', 20, 40),
    lab('tbil', tbil, 1),
    lab('alp', alp, 100),
  ];
  it.each([
    [119, 2.1, 100, 'not-met'], // ALT 2.975×
    [120, 2.1, 100, 'met'], // ALT exactly 3× (≥)
    [120, 2.0, 100, 'not-met'], // bilirubin exactly 2× (needs >)
    [120, 2.01, 100, 'met'],
    [120, 2.1, 199, 'met'],
    [120, 2.1, 200, 'not-met'], // ALP exactly 2× (needs <)
  ])('ALT %f/40, bilirubin %f/1, ALP %f/100 → %s', (alt, tbil, alp, status) => {
    expect(assessLiver(base(alt, tbil, alp), T).hysLaw.status).toBe(status);
  });

  it('AST ≥ 3× meets the aminotransferase criterion when ALT does not', () => {
    const labs = [lab('alt', 50, 40), lab('ast', 120, 40), lab('tbil', 2.5, 1), lab('alp', 100, 100)];
    expect(assessLiver(labs, T).hysLaw.status).toBe('met');
  });

  it("meets Hy's-law labs at DILIN grade 1 (bilirubin > 2× ULN but < 2.5 mg/dL) and still raises the urgent flag", () => {
    const labs = [
      lab('alt', 400, 40),
      lab('ast', 300, 40),
      lab('alp', 120, 130),
      lab('tbil', 2.2, 1.0),
      lab('inr', 1.1),
    ];
    const result = assessLiver(labs, T);
    expect(result.hysLaw.status).toBe('met');
    expect(result.urgent).toBe(true);
    expect(result.dilinGrade).toEqual({ grade: 1, atLeast: true, missing: [] });
  });

  it('"Hy\'s law" proper needs the clinician\'s no-other-cause attestation', () => {
    const labs = [lab('alt', 126, 35), lab('ast', 73, 30), lab('alp', 218, 130), lab('tbil', 5.6, 1.2)];
    expect(assessLiver(labs, T, { clinicianFacts: { noOtherCauseAttested: true } }).hysLaw.hysLaw).toBe(true);
  });
});

describe('assessLiver: missing values are never normal (C.1.3)', () => {
  it("without ALP: R-ratio and Hy's law are incomplete, ALP needed", () => {
    const result = assessLiver([lab('alt', 300, 40), lab('ast', 30, 40), lab('tbil', 0.5, 1.2)], T);
    expect(result.pattern).toBe('incomplete');
    expect(result.patternMissing).toEqual(['alp']);
    expect(result.hysLaw).toMatchObject({ status: 'incomplete', missing: ['alp'] });
    expect(result.urgent).toBe(false);
  });

  it('without ALT: the pattern is incomplete even with a raised ALP', () => {
    expect(assessLiver([lab('alp', 400, 130)], T).patternMissing).toEqual(['alt']);
  });

  it('with no liver results at all: everything incomplete and a baseline reminder', () => {
    const result = assessLiver([], T);
    expect(result).toMatchObject({ panelAtMs: null, pattern: 'incomplete', dilinGrade: null, basis: [] });
    expect(result.reminders.map((reminder) => reminder.id)).toEqual(['baseline-lfts']);
  });

  it('uses the §8 default upper limits when the lab gives none, and says so', () => {
    const result = assessLiver([lab('alt', 200), lab('alp', 130)], T);
    expect([result.rRatio, result.pattern]).toEqual([5, 'hepatocellular']);
    expect(result.defaultedUpperLimits).toEqual(['alt', 'alp']);
  });
});

describe('assessLiver: units (C.1.2)', () => {
  it('converts µkat/L and µmol/L before any ratio (H1 in SI units gives the same result)', () => {
    const labs = [
      lab('alt', 2.1, 35 / 60, T, 'ukat/L'),
      lab('ast', 73, 30),
      lab('alp', 218 / 60, 130 / 60, T, 'µkat/L'),
      lab('tbil', 5.6 * 17.1, 1.2 * 17.1, T, 'umol/L'),
    ];
    const result = assessLiver(labs, T);
    expect(result.rRatio).toBeCloseTo(2.146789, 5);
    expect(result.hysLaw.status).toBe('met');
  });

  it('applies the 2.5 mg/dL DILIN threshold after conversion (42.75 µmol/L is exactly 2.5 mg/dL)', () => {
    const labs = (tbil: number): StoredLab[] => [
      lab('alt', 100, 40),
      lab('alp', 100, 130),
      lab('tbil', tbil, 20.5, T, 'umol/L'),
      lab('inr', 1.0),
    ];
    expect(assessLiver(labs(42.75), T).dilinGrade?.grade).toBe(2);
    expect(assessLiver(labs(42.7), T).dilinGrade?.grade).toBe(1);
  });

  it('lists a stored record with an unknown unit as unreadable and does not read it', () => {
    const result = assessLiver([lab('alt', 100, 40, T, 'IU/mL'), lab('alp', 100, 130)], T);
    expect(result.unreadableIds).toEqual([`alt-100-${T}`]);
    expect(result.patternMissing).toEqual(['alt']);
  });
});

describe('assessLiver: DILIN grades (C.1.1)', () => {
  const raised = [lab('alt', 200, 40), lab('alp', 100, 130)];
  it.each([
    [2.49, 1.49, 1],
    [2.5, 1.49, 2],
    [2.49, 1.5, 2],
  ])('bilirubin %f mg/dL and INR %f give grade %i from labs alone', (tbil, inr, grade) => {
    const result = assessLiver([...raised, lab('tbil', tbil, 1.2), lab('inr', inr)], T);
    expect(result.dilinGrade).toEqual({ grade, atLeast: true, missing: [] });
  });

  const allNo = {
    hospitalised: false,
    ascites: false,
    encephalopathy: false,
    otherOrganFailure: false,
    deathOrTransplant: false,
  };
  it('gives an exact grade once every clinician entry is recorded', () => {
    const result = assessLiver([...raised, lab('tbil', 1, 1.2), lab('inr', 1)], T, { clinicianFacts: allNo });
    expect(result.dilinGrade).toEqual({ grade: 1, atLeast: false, missing: [] });
  });

  it.each([
    [{ ...allNo, hospitalised: true }, 1.0, 1.0, 3],
    [{ ...allNo, hospitalised: true, ascites: true }, 3.0, 1.0, 4],
    [{ ...allNo, encephalopathy: true }, 2.4, 1.0, 1], // grade 4 needs bilirubin ≥ 2.5
    [{ ...allNo }, 3.0, 1.6, 4], // INR ≥ 1.5 is hepatic failure once the clinician has recorded the entries
    [{ ...allNo, otherOrganFailure: true }, 2.5, 1.0, 4],
    [{ ...allNo, deathOrTransplant: true }, 1.0, 1.0, 5],
  ])('clinician entries %o with bilirubin %f, INR %f give grade %i', (facts, tbil, inr, grade) => {
    const result = assessLiver([...raised, lab('tbil', tbil, 1.2), lab('inr', inr)], T, { clinicianFacts: facts });
    expect(result.dilinGrade?.grade).toBe(grade);
  });

  it('never goes past grade 2 from the labs alone, even with bilirubin ≥ 2.5 and INR ≥ 1.5', () => {
    const result = assessLiver([...raised, lab('tbil', 3, 1.2), lab('inr', 1.8)], T);
    expect(result.dilinGrade).toEqual({ grade: 2, atLeast: true, missing: [] });
  });
});

describe('assessLiver: panel selection and reminders', () => {
  it('reads only results in the 24 hours up to the newest one, and ignores results after `at`', () => {
    const labs = [
      lab('alp', 400, 100, T - 25 * HOUR), // too old for the panel
      lab('alt', 80, 40, T),
      lab('alp', 500, 100, T + HOUR), // after `at`
    ];
    const result = assessLiver(labs, T);
    expect(result.pattern).toBe('incomplete');
    expect(result.panelAtMs).toBe(T);
    expect(assessLiver([...labs.slice(0, 1), lab('alt', 80, 40, T - 23 * HOUR)], T).pattern).toBe('cholestatic');
  });

  it('reminds of a repeat for symptoms reported after the last liver test, not for symptoms before it', () => {
    const labs = [lab('alt', 30, 40), lab('ast', 30, 40), lab('alp', 100, 130), lab('tbil', 0.5, 1.2)];
    const after = assessLiver(labs, T + 2 * HOUR, { symptoms: [{ symptom: 'jaundice', reportedAtMs: T + HOUR }] });
    expect(after.reminders).toEqual([
      expect.objectContaining({
        id: 'symptom-repeat-lfts',
        symptoms: ['jaundice'],
        messageKey: 'liver.reminder.symptomRepeat',
      }),
    ]);
    const before = assessLiver(labs, T + 2 * HOUR, { symptoms: [{ symptom: 'dark-urine', reportedAtMs: T }] });
    expect(before.reminders).toEqual([]);
  });

  it('lists the baseline tests not yet on record', () => {
    const result = assessLiver([lab('alt', 30, 40)], T);
    expect(result.reminders[0]).toMatchObject({ id: 'baseline-lfts', missingTests: ['ast', 'alp', 'totalBilirubin'] });
  });
});
