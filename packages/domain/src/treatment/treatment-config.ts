/** Vital-sign limits below which an alpha-2 agonist dose is held (strictly below: 90 holds at 89, not at 90). */
export interface HoldThresholds {
  readonly systolicBelow: number;
  readonly diastolicBelow: number;
  readonly heartRateBelow: number;
}

/** The settings a clinic may change. Label ceilings and Appendix C rulings are not settings. */
export interface TreatmentConfig {
  /** COWS total at or above which the buprenorphine induction gate opens. */
  readonly bupInductionMinCows: number;
  /** Vitals older than this many hours are stale: "check vitals before this dose". */
  readonly vitalsMaxAgeHours: number;
  readonly clonidineHold: HoldThresholds;
  readonly lofexidineHold: HoldThresholds;
  /** Kratom (or 7-OH) use within this many days × 24 h, inclusive, blocks naltrexone. */
  readonly naltrexoneWashoutDays: number;
}

/**
 * The defaults REFERENCE gives. The clonidine hold values are one hospital's order set, so clinics are
 * expected to set their own; REFERENCE gives no numbers for lofexidine ("significant hypotension or
 * bradycardia"), so the same order-set values stand in until clinical review sets them ([DESIGN]).
 *
 * @see Clinical reference §7 "Implement as" (a) `bupInductionMinCows` default 8, (d) `naltrexoneWashoutDays`
 *   default 7; §7 "Clonidine hold parameters" (hold if SBP < 90, DBP < 60 or HR < 60 [SECONDARY]);
 *   Appendix C.2.3 (`vitalsMaxAgeHours` default 4)
 */
export const DEFAULT_TREATMENT_CONFIG: TreatmentConfig = {
  bupInductionMinCows: 8,
  vitalsMaxAgeHours: 4,
  clonidineHold: { systolicBelow: 90, diastolicBelow: 60, heartRateBelow: 60 },
  lofexidineHold: { systolicBelow: 90, diastolicBelow: 60, heartRateBelow: 60 },
  naltrexoneWashoutDays: 7,
};

/**
 * Hours since the last kratom dose below which an open induction gate carries a caution.
 *
 * @see Appendix C.2.1: the 12 h lower bound for withdrawal onset in the seed article
 *   (`seed/kratom-dependence-article.txt`: "begin within 12 to 48 hours after the last use")
 */
export const INDUCTION_CAUTION_HOURS = 12;

/**
 * Lofexidine label ceilings in whole micrograms (summing integers keeps 2.70 + 0.18 exactly 2.88 mg).
 *
 * @see Clinical reference §7 "Alpha-2 agonists" (maximum single dose 0.72 mg, daily 2.88 mg [SECONDARY,
 *   label]); Appendix C.2.4 (integer micrograms)
 */
export const LOFEXIDINE_MAX_SINGLE_DOSE_UG = 720;
/** @see {@link LOFEXIDINE_MAX_SINGLE_DOSE_UG} */
export const LOFEXIDINE_MAX_DAILY_UG = 2880;

/** The lowest COWS total of the mild band: withdrawal is present from here (REFERENCE §1 bands, 5–12 mild). */
export const COWS_WITHDRAWAL_MIN = 5;
