/**
 * English messages for care intensity in the clinician workspace: programmes, notes, and clinician-facing
 * wording of each rule and reason (the self-check's own catalogue speaks to the patient).
 */
const MESSAGES = {
  'careProgrammes.programme.inpatient-withdrawal-management': 'Inpatient withdrawal management',
  'careProgrammes.programme.residential-withdrawal-management': 'Residential withdrawal management',
  'careProgrammes.programme.php': 'Partial hospitalisation programme (PHP)',
  'careProgrammes.programme.iop': 'Intensive outpatient programme (IOP)',
  'careProgrammes.programme.outpatient': 'Outpatient treatment',
  'careProgrammes.programme.telehealth-medication-treatment': 'Telehealth medication treatment',
  'careProgrammes.note.E':
    'Emergency care comes first (911 or the emergency department); choose a programme after stabilisation.',
  'careProgrammes.note.H': 'Medically supervised withdrawal in an inpatient or residential setting.',
  'careProgrammes.note.M': 'Medically supervised outpatient withdrawal and/or medication treatment.',
  'careProgrammes.note.O': 'Outpatient counseling and monitoring.',
  'careProgrammes.note.S': 'Self-management with check-ins; outpatient treatment if the patient wants it.',
  'careProgrammes.discussAndAssess':
    "A suggestion from the product's own published rules, not ASAM criteria: complete a full ASAM-based assessment and decide with the patient.",
  'careProgrammes.rule.1': 'Rule 1: a red flag is recorded.',
  'careProgrammes.rule.2':
    'Rule 2: alcohol or benzodiazepine withdrawal risk, COWS ≥ 25, unable to keep fluids down > 24 h, pregnancy with withdrawal, or no safe place to withdraw.',
  'careProgrammes.rule.3':
    'Rule 3: KUD moderate or severe, withdrawal present (COWS 5–24), 7-OH or concentrate use, daily other opioid use, or pregnancy.',
  'careProgrammes.rule.4': 'Rule 4: KUD mild without withdrawal.',
  'careProgrammes.rule.5': 'Rule 5: fewer than 2 criteria and the patient wants to change.',
  'careProgrammes.rule.none': 'No rule matched: choose the level yourself.',
  'careProgrammes.reason.redFlag': 'Red flag recorded',
  'careProgrammes.reason.alcoholOrBenzoWithdrawal':
    'Alcohol or benzodiazepine withdrawal risk (do not stop them suddenly without medical help)',
  'careProgrammes.reason.cowsSevere': 'COWS 25 or higher',
  'careProgrammes.reason.cannotKeepFluidsDown': 'Unable to keep fluids down for more than 24 hours',
  'careProgrammes.reason.pregnantWithWithdrawal': 'Pregnant, with withdrawal',
  'careProgrammes.reason.noSafePlace': 'No safe place to withdraw',
  'careProgrammes.reason.kudModerateSevere': 'KUD moderate or severe (4 or more criteria)',
  'careProgrammes.reason.cowsWithdrawal': 'COWS 5 to 24',
  'careProgrammes.reason.withdrawalCriterion': 'DSM-5 withdrawal criterion met (no COWS recorded)',
  'careProgrammes.reason.highPotency': '7-OH or concentrated product use',
  'careProgrammes.reason.dailyOtherOpioid': 'Daily heroin, fentanyl or non-prescribed opioid use',
  'careProgrammes.reason.pregnant': 'Pregnant (same-day clinician contact; no tapering alone)',
  'careProgrammes.reason.kudMildNoWithdrawal': 'KUD mild (2–3 criteria), no withdrawal',
  'careProgrammes.reason.fewCriteriaWantsChange': 'Fewer than 2 criteria; wants to cut down or stop',
  'careProgrammes.issue.kud.wrong-instrument': 'This is not a DSM-5 kratom use disorder result.',
  'careProgrammes.issue.kud.invalid-score': 'The DSM-5 checklist has answers that could not be scored.',
  'careProgrammes.issue.latestCowsTotal.range': 'The COWS total must be a whole number from 0 to 48.',
  'careProgrammes.issue.redFlagIds.unknown': 'This red flag is not one the product knows.',
} as const;

export type CareProgrammesMessageKey = keyof typeof MESSAGES;

/** The English care-programmes catalogue. */
export const CARE_PROGRAMMES_MESSAGES_EN: Readonly<Record<CareProgrammesMessageKey, string>> = MESSAGES;
