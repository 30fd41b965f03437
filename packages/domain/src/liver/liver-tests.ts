/*
 * The lab tests the clinician workspace accepts, as data: LOINC code, the units the product knows with
 * their factor to one canonical unit, the data-entry plausibility range (a software guard that catches a
 * typing slip, not a clinical threshold) and the reference default upper limit.
 */

/** The liver tests that feed the liver assessment. */
export const LIVER_ANALYTES = ['alt', 'ast', 'alp', 'totalBilirubin', 'inr'] as const;
export type LiverAnalyte = (typeof LIVER_ANALYTES)[number];

/** The urine tests for kratom use (qualitative results). */
export const URINE_TESTS = ['kratomUrine', 'mitragynineUrine'] as const;
export type UrineTest = (typeof URINE_TESTS)[number];

export type LabTest = LiverAnalyte | UrineTest;

/** A quantitative liver test. */
export interface LiverAnalyteDefinition {
  readonly test: LiverAnalyte;
  readonly kind: 'quantitative';
  readonly loinc: string;
  /** The unit every comparison uses (C.1.2). */
  readonly canonicalUnit: string;
  /** Each unit the product knows (UCUM code as entered) and its factor to the canonical unit. */
  readonly units: Readonly<Record<string, number>>;
  /** Smallest and largest plausible value in the canonical unit, inclusive (data-entry guard). */
  readonly min: number;
  readonly max: number;
  /** Plausible range for a lab's own upper limit, canonical unit, inclusive; null: no upper limit taken. */
  readonly upperLimitRange: { readonly min: number; readonly max: number } | null;
  /** The §8 default upper limit, used only when the lab gives none; null where none applies (INR). */
  readonly defaultUpperLimit: number | null;
  readonly labelKey: LiverMessageKeyOf<LiverAnalyte>;
}

/** A qualitative urine test: the result is `positive` or `negative`, with no unit and no upper limit. */
export interface UrineTestDefinition {
  readonly test: UrineTest;
  readonly kind: 'qualitative';
  readonly loinc: string;
  readonly results: readonly UrineResult[];
  readonly labelKey: LiverMessageKeyOf<UrineTest>;
}

export type UrineResult = 'positive' | 'negative';
type LiverMessageKeyOf<T extends string> = `liver.test.${T}`;

export type LabTestDefinition = LiverAnalyteDefinition | UrineTestDefinition;

/** 1 µkat/L = 60 U/L (C.1.2); UCUM writes the micro sign as `u`, people often type `µ`. */
const ENZYME_UNITS = { 'U/L': 1, 'ukat/L': 60, 'µkat/L': 60 } as const;
/** 1 mg/dL = 17.1 µmol/L (C.1.2). */
const BILIRUBIN_UNITS = { 'mg/dL': 1, 'umol/L': 1 / 17.1, 'µmol/L': 1 / 17.1 } as const;

/**
 * Every lab test the workspace accepts, keyed by test.
 *
 * Plausibility ranges and upper-limit ranges are [DESIGN] data-entry guards for clinical review, like the
 * vital-sign limits: a value inside them can still be an emergency.
 *
 * @see Clinical reference §8 "LOINC" (ALT 1742-6, AST 1920-8, ALP 6768-6, total bilirubin 1975-2; HL7 dQM
 *   value sets) and "ULN defaults" (ALT 40, AST 40, ALP 130 U/L, total bilirubin 1.2 mg/dL, [DESIGN])
 * @see Clinical reference Appendix C.1.2 (units: enzymes U/L, 1 µkat/L = 60 U/L; bilirubin mg/dL,
 *   1 mg/dL = 17.1 µmol/L; INR has no unit; an unknown unit is rejected, never guessed)
 * @see INR: LOINC 6301-6 "INR in Platelet poor plasma by Coagulation assay", UCUM unit `1`, as in the HL7
 *   PACIO Sample Data Depot INR observation (build.fhir.org/ig/paciowg/sample-data-fsh)
 * @see Urine tests: LOINC 75649-4 (kratom) and 72732-1 (mitragynine), LabCorp test 791750 "Kratom
 *   (mitragynine) screen and confirmation, urine" (issue 10 §5; shared anchors/products.md)
 */
export const LAB_TESTS: Readonly<Record<LabTest, LabTestDefinition>> = {
  alt: {
    test: 'alt',
    kind: 'quantitative',
    loinc: '1742-6',
    canonicalUnit: 'U/L',
    units: ENZYME_UNITS,
    min: 0,
    max: 20000,
    upperLimitRange: { min: 5, max: 500 },
    defaultUpperLimit: 40,
    labelKey: 'liver.test.alt',
  },
  ast: {
    test: 'ast',
    kind: 'quantitative',
    loinc: '1920-8',
    canonicalUnit: 'U/L',
    units: ENZYME_UNITS,
    min: 0,
    max: 20000,
    upperLimitRange: { min: 5, max: 500 },
    defaultUpperLimit: 40,
    labelKey: 'liver.test.ast',
  },
  alp: {
    test: 'alp',
    kind: 'quantitative',
    loinc: '6768-6',
    canonicalUnit: 'U/L',
    units: ENZYME_UNITS,
    min: 0,
    max: 10000,
    upperLimitRange: { min: 5, max: 1000 },
    defaultUpperLimit: 130,
    labelKey: 'liver.test.alp',
  },
  totalBilirubin: {
    test: 'totalBilirubin',
    kind: 'quantitative',
    loinc: '1975-2',
    canonicalUnit: 'mg/dL',
    units: BILIRUBIN_UNITS,
    min: 0,
    max: 100,
    upperLimitRange: { min: 0.1, max: 10 },
    defaultUpperLimit: 1.2,
    labelKey: 'liver.test.totalBilirubin',
  },
  inr: {
    test: 'inr',
    kind: 'quantitative',
    loinc: '6301-6',
    canonicalUnit: '1',
    // INR has no unit (C.1.2): entered without one, or as UCUM's dimensionless `1`.
    units: { '': 1, '1': 1 },
    min: 0.5,
    max: 20,
    // The DILIN grades use the absolute INR 1.5, never a multiple of an upper limit.
    upperLimitRange: null,
    defaultUpperLimit: null,
    labelKey: 'liver.test.inr',
  },
  kratomUrine: {
    test: 'kratomUrine',
    kind: 'qualitative',
    loinc: '75649-4',
    results: ['positive', 'negative'],
    labelKey: 'liver.test.kratomUrine',
  },
  mitragynineUrine: {
    test: 'mitragynineUrine',
    kind: 'qualitative',
    loinc: '72732-1',
    results: ['positive', 'negative'],
    labelKey: 'liver.test.mitragynineUrine',
  },
};

/**
 * Finds the test a LOINC code stands for.
 *
 * @param loinc - A LOINC code such as `1742-6`.
 * @returns The test definition, or undefined for a code the product does not take.
 * @example labTestByLoinc('1742-6')?.test // => 'alt'
 */
export function labTestByLoinc(loinc: string): LabTestDefinition | undefined {
  return Object.values(LAB_TESTS).find((definition) => definition.loinc === loinc);
}

/**
 * Rounds a computed value to 6 decimal places before any threshold comparison, so floating-point error
 * cannot move a boundary case (R = 5.0, R = 2.0, 2.5 mg/dL after conversion).
 *
 * @param value - A computed ratio, multiple or converted value.
 * @returns The value rounded to 6 decimal places.
 * @see Clinical reference Appendix C.1.6
 * @example round6(162.5 / 130) // => 1.25
 */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
