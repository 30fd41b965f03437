import { DILIN_INR, dilinGrade, type DilinGrade, type LiverClinicianFacts } from './dilin-grade.js';
import { hysLawFinding, rRatioFinding, type HysLawFinding, type LiverPattern } from './liver-findings.js';
import { selectLiverPanel, type StoredLab } from './liver-panel.js';
import { liverReminders, type LiverReminder, type LiverSymptomReport } from './liver-reminders.js';
import { LIVER_ANALYTES, type LiverAnalyte } from './liver-tests.js';

/** Version of the liver rules; stored with every assessment so an old result stays explainable. */
export const LIVER_RULES_VERSION = '1.0.0';

/** Optional facts beyond the labs. */
export interface LiverAssessmentOptions {
  readonly clinicianFacts?: LiverClinicianFacts;
  readonly symptoms?: readonly LiverSymptomReport[];
}

/** What `GET /api/patients/{id}/liver` returns. */
export interface LiverAssessment {
  readonly rulesVersion: string;
  /** The time of the panel read (newest liver result at or before `at`), or null with no liver results. */
  readonly panelAtMs: number | null;
  readonly rRatio: number | null;
  readonly pattern: LiverPattern;
  /** ALT and ALP as multiples of their upper limits (6 decimals), for the pattern display. */
  readonly altMultiple: number | null;
  readonly alpMultiple: number | null;
  /** Tests the R-ratio still needs ("incomplete: ALP needed"). */
  readonly patternMissing: readonly LiverAnalyte[];
  readonly hysLaw: HysLawFinding;
  /** Null when no ALT or ALP is raised, or neither is known. */
  readonly dilinGrade: DilinGrade | null;
  /** The ids of the lab records read, in test order (ALT, AST, ALP, bilirubin, INR). */
  readonly basis: readonly string[];
  /** Tests whose §8 default upper limit stood in for the lab's own (C.1.3: the output says so). */
  readonly defaultedUpperLimits: readonly LiverAnalyte[];
  /** Stored records that failed the entry checks and were not read. */
  readonly unreadableIds: readonly string[];
  /** Any read value above its upper limit, or INR ≥ 1.5: the dashboard's "abnormal liver result". */
  readonly abnormal: boolean;
  /** Hy's-law labs met: the urgent alert, whatever the DILIN grade (C.1.1). */
  readonly urgent: boolean;
  readonly reminders: readonly LiverReminder[];
}

/**
 * Assesses a patient's liver tests at a moment: the R-ratio pattern, the Hy's-law labs, the DILIN grade
 * where the data allow, the lab records read, and the baseline and symptom-triggered test reminders.
 * Missing values are never read as normal; unknown units never reach here (see `validateLabEntry`).
 * Decision support for clinician review: nothing here orders a test or a treatment.
 *
 * @param labs - The patient's stored lab records (any tests, any order).
 * @param atMs - The moment of the assessment, epoch milliseconds.
 * @param options - Clinician entries (hospitalisation, ascites…, "no other cause") and liver symptoms.
 * @returns The assessment.
 * @see Clinical reference §8 (R-ratio, Hy's law, ULN defaults, monitoring, vectors H1–H6) and Appendix C.1
 *   (DILIN grades, units, missing values, no pattern without injury, Hy's-law labs, rounding)
 * @example assessLiver([alt126of35, ast73of30, alp218of130, tbil5_6of1_2], now)
 *   // => { rRatio: 2.146789, pattern: 'mixed', hysLaw: { status: 'met', … }, dilinGrade: { grade: 2, atLeast: true, … }, … }
 */
export function assessLiver(
  labs: readonly StoredLab[],
  atMs: number,
  options: LiverAssessmentOptions = {},
): LiverAssessment {
  const facts = options.clinicianFacts ?? {};
  const panel = selectLiverPanel(labs, atMs);
  const r = rRatioFinding(panel);
  const hysLaw = hysLawFinding(panel, facts.noOtherCauseAttested === true);
  const read = LIVER_ANALYTES.flatMap((test) => {
    const value = panel.values[test];
    return value === undefined ? [] : [value];
  });
  const abnormal = read.some((value) =>
    value.test === 'inr'
      ? value.canonicalValue >= DILIN_INR
      : value.canonicalUpperLimit !== null && value.canonicalValue > value.canonicalUpperLimit,
  );
  return {
    rulesVersion: LIVER_RULES_VERSION,
    panelAtMs: panel.anchorAtMs,
    rRatio: r.rRatio,
    pattern: r.pattern,
    altMultiple: r.altMultiple,
    alpMultiple: r.alpMultiple,
    patternMissing: r.missing,
    hysLaw,
    dilinGrade: dilinGrade(panel, facts),
    basis: read.map((value) => value.id),
    defaultedUpperLimits: read.filter((value) => value.upperLimitDefaulted).map((value) => value.test),
    unreadableIds: panel.unreadableIds,
    abnormal,
    urgent: hysLaw.status === 'met',
    reminders: liverReminders(labs, options.symptoms ?? [], atMs),
  };
}
