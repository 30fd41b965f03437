/**
 * English messages for intake (clinician-facing): ICD-10-CM suggestion texts and problem-list entries.
 * Code descriptions follow the clinical states of REFERENCE §4's table, in our words; the official
 * ICD-10-CM descriptors are the coder's reference.
 */
const MESSAGES = {
  'intake.icd10.F19.10': 'Other (or unknown) substance use disorder, mild: kratom',
  'intake.icd10.F19.11': 'Other (or unknown) substance use disorder, mild, in remission: kratom',
  'intake.icd10.F19.20': 'Other (or unknown) substance use disorder, moderate or severe: kratom',
  'intake.icd10.F19.21': 'Other (or unknown) substance use disorder, moderate or severe, in remission: kratom',
  'intake.icd10.F19.130': 'Other substance withdrawal, with mild use disorder: kratom',
  'intake.icd10.F19.230': 'Other substance withdrawal, with moderate or severe use disorder: kratom',
  'intake.icd10.F19.930': 'Other substance withdrawal, without use disorder: kratom',
  'intake.icd10.F19.132': 'Other substance withdrawal with perceptual disturbances, with mild use disorder: kratom',
  'intake.icd10.F19.232':
    'Other substance withdrawal with perceptual disturbances, with moderate or severe use disorder: kratom',
  'intake.icd10.F19.932': 'Other substance withdrawal with perceptual disturbances, without use disorder: kratom',
  'intake.icd10.noUseDisorder': 'Fewer than 2 criteria and no withdrawal: no use-disorder code is suggested.',
  'intake.icd10.opioidClassification':
    'Classified as opioid use disorder (F11): the reference gives no F11 table, so enter the code yourself.',
  'intake.icd10.note.recordSubstance': 'Record the substance by name: kratom, or the 7-OH product.',
  'intake.icd10.note.withdrawalCarriesUseDisorder':
    'The withdrawal code includes the use disorder: do not also record F19.10 or F19.20.',
  'intake.icd10.confirm': 'Suggested code: confirm it or choose another, with a reason.',
  'intake.icd10.issue.kud.wrong-instrument': 'This is not a DSM-5 kratom use disorder result.',
  'intake.icd10.issue.kud.invalid-score': 'The DSM-5 checklist has answers that could not be scored.',
  'intake.icd10.issue.remission.needs-use-disorder':
    'Remission applies only to a mild, moderate or severe use disorder.',
  'intake.icd10.issue.remission.conflicts-with-withdrawal':
    'Remission and current withdrawal cannot both be recorded: check both.',
  'intake.icd10.issue.withPerceptualDisturbance.needs-withdrawal':
    'Perceptual disturbances are a withdrawal specifier: record current withdrawal too, or clear it.',

  'intake.problem.suicidal-ideation':
    'Thoughts of death or self-harm (PHQ-9 item 9): follow the suicide-risk workflow.',
  'intake.problem.hys-law-labs': "Liver tests meet Hy's-law labs: urgent review.",
  'intake.problem.pregnancy':
    'Pregnancy with kratom use: same-day clinician review; no abrupt stop without medical advice.',
  'intake.problem.kratom-use-disorder': 'Kratom use disorder ({severity}), by the DSM-5 checklist',
  'intake.problem.kratom-withdrawal': 'Kratom withdrawal',
  'intake.problem.liver-test-abnormal': 'Abnormal liver tests',
  'intake.problem.high-potency-product-use': '7-OH or concentrated kratom product use',
  'intake.problem.depressive-symptoms': 'Depressive symptoms (PHQ-9 {severity})',
  'intake.problem.anxiety-symptoms': 'Anxiety symptoms (GAD-7 {severity})',
  'intake.problem.other-substance-use': 'Other substance use: {substance}',
} as const;

export type IntakeMessageKey = keyof typeof MESSAGES;

/** The English intake catalogue. */
export const INTAKE_MESSAGES_EN: Readonly<Record<IntakeMessageKey, string>> = MESSAGES;
