import { CLINICIAN_DECISION_MESSAGES_EN, INTAKE_MESSAGES_EN } from '@kratom-care/domain';

/** English: the chart's intake tab, its problem list and ICD-10-CM decision, and the clinician-side questionnaires. */
export const INTAKE_EN = {
  // The problem list's texts and the decision checks come from the intake domain (packages/domain/src/intake).
  ...INTAKE_MESSAGES_EN,
  ...CLINICIAN_DECISION_MESSAGES_EN,

  'chart.tab.intake': 'Intake',

  'instrumentForm.itemLabel': '{number}. {label}',
  'instrumentForm.option': '{points} – {label}',
  'instrumentForm.chooseOption': 'Choose one of the options.',
  'instrumentForm.measuredHint': 'Measured, in {unit} ({min} to {max}); the points are worked out for you.',
  'instrumentForm.supervisionLegend': 'Medical supervision',
  'instrumentForm.supervisionHint':
    'Tick a criterion only when it comes solely from a medicine taken under medical supervision: it is then not counted.',
  'instrumentForm.toleranceUnderMedicalSupervision': 'Tolerance (criterion 10) is solely from a supervised medicine',
  'instrumentForm.withdrawalUnderMedicalSupervision': 'Withdrawal (criterion 11) is solely from a supervised medicine',
  'instrumentForm.submit': 'Save the {title}',
  'instrumentForm.saved': '{title} saved: total {total}.',
  'instrumentForm.savedWithBand': '{title} saved: total {total}, {band}.',
} as const;
