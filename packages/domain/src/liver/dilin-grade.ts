import { multipleOfUpperLimit } from './liver-findings.js';
import type { LiverPanel } from './liver-panel.js';
import { round6, type LiverAnalyte } from './liver-tests.js';

/** Facts only a clinician can enter; each absent entry means "not recorded", never "no". */
export interface LiverClinicianFacts {
  /** Hospitalised, or a stay prolonged, for the liver injury. */
  readonly hospitalised?: boolean;
  readonly ascites?: boolean;
  readonly encephalopathy?: boolean;
  /** Another organ failed because of the liver injury. */
  readonly otherOrganFailure?: boolean;
  /** Death or liver transplant from the liver injury. */
  readonly deathOrTransplant?: boolean;
  /** No other cause explains the findings (needed for "Hy's law" proper, C.1.5). */
  readonly noOtherCauseAttested?: boolean;
}

export type DilinGradeNumber = 1 | 2 | 3 | 4 | 5;

export interface DilinGrade {
  readonly grade: DilinGradeNumber;
  /** True while a clinician entry that could raise the grade is not recorded: show "at least grade N". */
  readonly atLeast: boolean;
  /** The tests that would refine the lab-supported grade (bilirubin, INR), when missing. */
  readonly missing: readonly LiverAnalyte[];
}

/** Total bilirubin threshold of grades 2 and 4, mg/dL, compared after conversion (C.1.1, C.1.2). */
export const DILIN_BILIRUBIN_MG_DL = 2.5;
/** INR threshold of grades 2 and 4 (hepatic failure). */
export const DILIN_INR = 1.5;

const GRADE_ENTRIES = ['hospitalised', 'ascites', 'encephalopathy', 'otherOrganFailure', 'deathOrTransplant'] as const;

/**
 * Grades drug-induced liver injury on the DILIN scale (Fontana 2009) as Appendix C.1.1 rules:
 * 1 ALT and/or ALP raised, bilirubin < 2.5 mg/dL and INR < 1.5; 2 bilirubin ≥ 2.5 mg/dL or INR ≥ 1.5;
 * 3 hospitalisation; 4 bilirubin ≥ 2.5 mg/dL and hepatic failure (INR ≥ 1.5, ascites or encephalopathy)
 * or other organ failure; 5 death or transplant. The labs alone support grade 1 or 2 at most; grades 3–5
 * need clinician entries, and until all of them are recorded the grade reads "at least N". No grade
 * without raised ALT or ALP, and none while both are unknown.
 *
 * Grade 4's INR route is counted only once the clinician has recorded at least one entry, so the labs
 * alone never go past grade 2 as C.1.1 says; flagged for clinical review.
 *
 * @param panel - The values chosen by `selectLiverPanel`.
 * @param facts - The clinician's entries.
 * @returns The grade, or null when the data do not allow one.
 * @see Fontana RJ, et al. Drug Saf. 2009;32(1):55-68, as tabulated in Br J Clin Pharmacol 2021 (clinical
 *   reference Appendix C.1.1, which replaces the §8 table)
 * @example dilinGrade(panelH1, {}) // => { grade: 2, atLeast: true, missing: ['inr'] }
 */
export function dilinGrade(panel: LiverPanel, facts: LiverClinicianFacts): DilinGrade | null {
  const alt = multipleOfUpperLimit(panel.values.alt);
  const alp = multipleOfUpperLimit(panel.values.alp);
  const enzymesRaised = (alt !== null && alt > 1) || (alp !== null && alp > 1);
  if (!enzymesRaised) {
    return null;
  }
  const bilirubinValue = panel.values.totalBilirubin?.canonicalValue;
  const inrValue = panel.values.inr?.canonicalValue;
  const bilirubinHigh = bilirubinValue === undefined ? null : round6(bilirubinValue) >= DILIN_BILIRUBIN_MG_DL;
  const inrHigh = inrValue === undefined ? null : round6(inrValue) >= DILIN_INR;
  const missing: LiverAnalyte[] = [];
  if (bilirubinHigh === null) {
    missing.push('totalBilirubin');
  }
  if (inrHigh === null) {
    missing.push('inr');
  }
  const anyEntry = GRADE_ENTRIES.some((entry) => facts[entry] !== undefined);
  const allEntries = GRADE_ENTRIES.every((entry) => facts[entry] !== undefined);
  let grade: DilinGradeNumber = bilirubinHigh === true || inrHigh === true ? 2 : 1;
  if (facts.hospitalised === true) {
    grade = 3;
  }
  const hepaticFailure = facts.ascites === true || facts.encephalopathy === true || (anyEntry && inrHigh === true);
  if (bilirubinHigh === true && (hepaticFailure || facts.otherOrganFailure === true)) {
    grade = 4;
  }
  if (facts.deathOrTransplant === true) {
    grade = 5;
  }
  // An unrecorded entry or a missing bilirubin or INR could each still raise the grade.
  const atLeast = grade < 5 && (!allEntries || missing.length > 0);
  return { grade, atLeast, missing };
}
