/** English: the result page. Clinical wording comes from the domain catalogue; these are headings and glue. */
export const RESULT_EN = {
  'result.title': 'Your results',
  'result.noAnswers': 'We do not have your answers any more.',
  'result.startAgain': 'Start the self-check again',
  'result.crisis.title': 'Please do this first',
  'result.source': 'Source: {source}',

  'result.kud.title': 'Kratom use disorder',
  'result.kud.count': 'You marked {count} of the {max} signs.',

  'result.withdrawal.title': 'Withdrawal',
  'result.withdrawal.sinceUnderHour': 'Less than 1 hour since your last dose',
  'result.withdrawal.sinceHours': 'About {hours} hours since your last dose',
  'result.withdrawal.sinceDays': 'About {days} days since your last dose',
  'result.withdrawal.expectedTitle': 'What usually happens',
  'result.withdrawal.caveatsTitle': 'Keep in mind',
  'result.withdrawal.symptomsTitle': 'Common withdrawal symptoms',
  'result.sows.title': 'Your withdrawal self-rating',
  'result.sows.total': '{total} out of {max}',
  'result.sows.none': 'You did not rate your withdrawal symptoms.',
  'result.sows.noBands': 'No severity bands are published for this scale, so we do not call your score mild or severe.',

  'result.mood.title': 'Mood and anxiety',
  'result.mood.phq9': 'Mood (PHQ-9)',
  'result.mood.gad7': 'Anxiety (GAD-7)',
  'result.mood.total': 'Score: {total} out of {max}',
  'result.mood.skipped': 'You chose to skip these questions.',
  'result.mood.note':
    'Low mood and anxiety are common when using or stopping kratom. They can be treated. Tell a doctor how you have been feeling.',

  'result.risk.title': 'Things to know about your use',

  'result.care.title': 'Suggested level of care',
  'result.care.whyTitle': 'Why we suggest this',
  'result.care.version': 'Care suggestion rules, version {version}. These are our own rules, not a clinical standard.',

  'result.next.title': 'Next steps and treatment options',
  'result.next.intro':
    'Kratom dependence can be treated. These are the main kinds of help. A doctor or counselor can help you choose what fits you.',
  'result.next.withdrawal': 'Help with withdrawal',
  'result.next.medication': 'Medicines to ask a doctor about',
  'result.next.therapy': 'Talking therapies and programs',
  'result.next.support': 'Support',
  'result.next.levels': 'Levels of care',
  'result.find.title': 'Find help',
  'result.find.samhsa': 'Call the SAMHSA National Helpline: {number}',
  'result.find.samhsaNote': '(free, private, 24/7, in English and Spanish)',
  'result.find.findTreatment': 'FindTreatment.gov',
  'result.find.findTreatmentNote': '(search for treatment near you)',

  'result.toSummary': 'See a summary to print or save',
  'result.changeAnswers': 'Go back and change my answers',
  'result.clearTitle': 'Done? Clear your answers',
} as const;
