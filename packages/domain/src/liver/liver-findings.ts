import type { LiverPanel, PanelValue } from './liver-panel.js';
import { round6, type LiverAnalyte } from './liver-tests.js';

/** The R-ratio pattern, or why there is none. */
export type LiverPattern = 'hepatocellular' | 'mixed' | 'cholestatic' | 'no-enzyme-elevation' | 'incomplete';

export interface RRatioFinding {
  /** R rounded to 6 decimals; null when incomplete or without enzyme elevation (C.1.4). */
  readonly rRatio: number | null;
  readonly pattern: LiverPattern;
  /** The tests still needed for an answer (C.1.3: "incomplete: ALP needed"). */
  readonly missing: readonly LiverAnalyte[];
  /** ALT and ALP as multiples of their upper limits, rounded to 6 decimals, when known. */
  readonly altMultiple: number | null;
  readonly alpMultiple: number | null;
}

function rawMultiple(value: PanelValue | undefined): number | null {
  if (value === undefined || value.canonicalUpperLimit === null) {
    return null;
  }
  return value.canonicalValue / value.canonicalUpperLimit;
}

/**
 * A value as a multiple of its upper limit, rounded to 6 decimals before any comparison (C.1.6).
 *
 * @param value - A panel value.
 * @returns The multiple, or null when the value or its upper limit is unknown.
 * @example multipleOfUpperLimit(alt126of35) // => 3.6
 */
export function multipleOfUpperLimit(value: PanelValue | undefined): number | null {
  const multiple = rawMultiple(value);
  return multiple === null ? null : round6(multiple);
}

/**
 * Works out the R-ratio, R = (ALT / ALT-ULN) ÷ (ALP / ALP-ULN), and its pattern: R ≥ 5 hepatocellular,
 * 2 < R < 5 mixed, R ≤ 2 cholestatic. A pattern is reported only when ALT or ALP is above its upper limit
 * (C.1.4); a missing ALT or ALP is never read as normal (C.1.3). Comparisons after rounding to 6 decimals.
 *
 * @param panel - The values chosen by `selectLiverPanel`.
 * @returns R, its pattern, and the tests still needed.
 * @see Chalasani NP, et al. ACG clinical guideline: DILI. Am J Gastroenterol. 2014;109(7):950-966 (R table,
 *   clinical reference §8) and Appendix C.1.3, C.1.4, C.1.6; vectors H1–H6
 * @example rRatioFinding(panelOf({ alt: [200, 40], alp: [130, 130] })) // => { rRatio: 5, pattern: 'hepatocellular', … }
 */
export function rRatioFinding(panel: LiverPanel): RRatioFinding {
  const altMultiple = multipleOfUpperLimit(panel.values.alt);
  const alpMultiple = multipleOfUpperLimit(panel.values.alp);
  const missing: LiverAnalyte[] = [];
  if (altMultiple === null) {
    missing.push('alt');
  }
  if (alpMultiple === null) {
    missing.push('alp');
  }
  if (altMultiple === null || alpMultiple === null) {
    return { rRatio: null, pattern: 'incomplete', missing, altMultiple, alpMultiple };
  }
  if (altMultiple <= 1 && alpMultiple <= 1) {
    return { rRatio: null, pattern: 'no-enzyme-elevation', missing, altMultiple, alpMultiple };
  }
  if (alpMultiple === 0) {
    // ALP of 0 cannot divide; ALT is raised, so the injury is purely hepatocellular.
    return { rRatio: null, pattern: 'hepatocellular', missing, altMultiple, alpMultiple };
  }
  // R from the unrounded multiples, rounded once: rounding twice would move 15 / 0.833… off 18.
  const rRatio = round6((rawMultiple(panel.values.alt) ?? 0) / (rawMultiple(panel.values.alp) ?? 1));
  let pattern: LiverPattern = 'cholestatic';
  if (rRatio >= 5) {
    pattern = 'hepatocellular';
  } else if (rRatio > 2) {
    pattern = 'mixed';
  }
  return { rRatio, pattern, missing, altMultiple, alpMultiple };
}

/** Whether each Hy's-law criterion holds: true, false, or null when the tests to decide it are missing. */
export interface HysLawFinding {
  /** `met`: all three lab criteria hold; `incomplete`: a test needed to decide is missing (C.1.3). */
  readonly status: 'met' | 'not-met' | 'incomplete';
  readonly criteria: {
    /** ALT or AST ≥ 3× ULN. */
    readonly aminotransferase: boolean | null;
    /** Total bilirubin > 2× ULN. */
    readonly bilirubin: boolean | null;
    /** ALP < 2× ULN (no initial cholestasis). */
    readonly alpBelowTwice: boolean | null;
  };
  readonly missing: readonly LiverAnalyte[];
  /** "Hy's law" itself also needs the clinician's "no other cause" attestation (C.1.5). */
  readonly noOtherCauseAttested: boolean;
  /** Labs met and the clinician attested that nothing else explains them. */
  readonly hysLaw: boolean;
}

/**
 * Checks the Hy's-law labs exactly as §8 gives them: (ALT or AST ≥ 3× ULN) and total bilirubin > 2× ULN
 * and ALP < 2× ULN. Any test needed to decide that is missing makes the result `incomplete`, never
 * `not-met` (C.1.3); AST is needed only when ALT does not already meet its criterion, and the reverse.
 *
 * @param panel - The values chosen by `selectLiverPanel`.
 * @param noOtherCauseAttested - The clinician attests that no other cause explains the findings.
 * @returns Each criterion, the overall status, and the tests still needed.
 * @see FDA. Guidance for Industry. Drug-Induced Liver Injury: Premarketing Clinical Evaluation. July 2009
 *   (clinical reference §8) and Appendix C.1.3, C.1.5, C.1.6; vectors H1, H2, H3
 * @example hysLawFinding(panelH1, false).status // => 'met'
 */
export function hysLawFinding(panel: LiverPanel, noOtherCauseAttested: boolean): HysLawFinding {
  const alt = multipleOfUpperLimit(panel.values.alt);
  const ast = multipleOfUpperLimit(panel.values.ast);
  const bilirubin = multipleOfUpperLimit(panel.values.totalBilirubin);
  const alp = multipleOfUpperLimit(panel.values.alp);
  const missing: LiverAnalyte[] = [];
  let aminotransferase: boolean | null;
  if ((alt !== null && alt >= 3) || (ast !== null && ast >= 3)) {
    aminotransferase = true;
  } else if (alt !== null && ast !== null) {
    aminotransferase = false;
  } else {
    aminotransferase = null;
    missing.push(...(alt === null ? (['alt'] as const) : []), ...(ast === null ? (['ast'] as const) : []));
  }
  const bilirubinMet = bilirubin === null ? null : bilirubin > 2;
  if (bilirubin === null) {
    missing.push('totalBilirubin');
  }
  const alpBelowTwice = alp === null ? null : alp < 2;
  if (alp === null) {
    missing.push('alp');
  }
  const criteria = { aminotransferase, bilirubin: bilirubinMet, alpBelowTwice };
  const values = Object.values(criteria);
  let status: HysLawFinding['status'] = missing.length > 0 ? 'incomplete' : 'not-met';
  if (values.every((value) => value === true)) {
    status = 'met';
  }
  return { status, criteria, missing, noOtherCauseAttested, hysLaw: status === 'met' && noOtherCauseAttested };
}
