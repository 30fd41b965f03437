/**
 * English messages for the liver module (clinician-facing). Every text the liver rules produce is a key
 * here; other languages copy the keys. Everything is decision support for clinician review.
 */
const MESSAGES = {
  // Tests
  'liver.test.alt': 'ALT (alanine aminotransferase)',
  'liver.test.ast': 'AST (aspartate aminotransferase)',
  'liver.test.alp': 'ALP (alkaline phosphatase)',
  'liver.test.totalBilirubin': 'Total bilirubin',
  'liver.test.inr': 'INR',
  'liver.test.kratomUrine': 'Kratom, urine',
  'liver.test.mitragynineUrine': 'Mitragynine, urine',

  // Entry checks
  'liver.entry.loinc.required': 'Choose the test.',
  'liver.entry.loinc.unknown-code': 'This test code is not one the product takes.',
  'liver.entry.value.required': 'Enter the result.',
  'liver.entry.value.wrong-type': 'Enter the result as the test reports it (a number, or positive/negative).',
  'liver.entry.value.range': 'This value is outside the range the product accepts for this test. Check it.',
  'liver.entry.value.not-applicable': 'This test takes no value.',
  'liver.entry.unit.required': 'Enter the unit.',
  'liver.entry.unit.unknown-unit': 'This unit is not one the product knows for this test.',
  'liver.entry.unit.not-applicable': 'This test has no unit.',
  'liver.entry.unit.wrong-type': 'Enter the unit as text.',
  'liver.entry.unit.range': 'Check the unit.',
  'liver.entry.upperLimit.required': "Enter the lab's upper limit.",
  'liver.entry.upperLimit.wrong-type': "Enter the lab's upper limit as a number.",
  'liver.entry.upperLimit.range': 'This upper limit is outside the range the product accepts. Check it.',
  'liver.entry.upperLimit.not-applicable': 'This test takes no upper limit.',
  'liver.entry.upperLimit.unknown-unit': 'Check the unit.',
  'liver.entry.collectedAt.required': 'Enter when the sample was collected.',
  'liver.entry.collectedAt.wrong-type': 'Enter a valid collection time.',
  'liver.entry.collectedAt.future': 'The collection time must not be in the future.',

  // Findings
  'liver.pattern.hepatocellular': 'Hepatocellular pattern (R ≥ 5)',
  'liver.pattern.mixed': 'Mixed pattern (R between 2 and 5)',
  'liver.pattern.cholestatic': 'Cholestatic pattern (R ≤ 2)',
  'liver.pattern.no-enzyme-elevation': 'No enzyme elevation: ALT and ALP are within their upper limits.',
  'liver.pattern.incomplete': 'Incomplete: {tests} needed for the R-ratio.',
  'liver.hysLaw.met': 'Hy\'s-law labs met: urgent clinician review. Hy\'s law also needs "no other cause" confirmed.',
  'liver.hysLaw.not-met': "Hy's-law labs not met.",
  'liver.hysLaw.incomplete': "Hy's-law labs incomplete: {tests} needed.",
  'liver.hysLaw.confirmed': "Hy's law: labs met and no other cause, as the clinician recorded.",
  'liver.dilin.grade': 'DILIN grade {grade}',
  'liver.dilin.atLeast':
    'At least DILIN grade {grade} (from the labs; hospitalisation, ascites, encephalopathy, organ failure, death or transplant not all recorded).',
  'liver.upperLimit.defaulted': "The lab gave no upper limit for {tests}; the product's reference default was used.",
  'liver.reminder.baseline': 'Baseline liver tests are due: {tests} not on record.',
  'liver.reminder.symptomRepeat':
    'Liver symptoms were reported after the last liver test ({symptoms}): consider repeating the liver tests now.',
  'liver.symptom.jaundice': 'jaundice',
  'liver.symptom.dark-urine': 'dark urine',
  'liver.symptom.pruritus': 'itching (pruritus)',
  'liver.symptom.right-upper-quadrant-pain': 'right-upper-quadrant pain',
  'liver.decisionSupport': 'Decision support for clinician review; it orders nothing.',
} as const;

export type LiverMessageKey = keyof typeof MESSAGES;

/** The English liver catalogue. */
export const LIVER_MESSAGES_EN: Readonly<Record<LiverMessageKey, string>> = MESSAGES;
