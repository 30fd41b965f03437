/** English: the result page. Clinical wording comes from the domain catalogue; these are headings and glue. */
export const RESULT_EN = {
  'result.title': 'Your results',
  'result.noAnswers': 'We do not have your answers any more.',
  'result.startAgain': 'Start the self-check again',
  'result.crisis.title': 'Please do this first',
  'result.more': 'Show details',
  'result.card.stepsTitle': 'Your next steps',
  'result.sources.intro': 'Where the facts on this page come from.',

  'result.kud.title': 'Kratom use disorder',

  'result.withdrawal.title': 'Withdrawal',
  'result.withdrawal.sinceUnderHour': 'Less than 1 hour since your last dose',
  'result.withdrawal.sinceHours': 'About {hours} hours since your last dose',
  'result.withdrawal.sinceDays': 'About {days} days since your last dose',
  'result.withdrawal.expectedTitle': 'What usually happens',
  'result.withdrawal.caveatsTitle': 'Keep in mind',
  'result.withdrawal.symptomsTitle': 'Common withdrawal symptoms',
  'result.sows.title': 'Your withdrawal self-rating',
  'result.sows.total': '{total} out of {max}',
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
  'result.next.why': 'Why it is listed:',
  'result.next.intro':
    'Kratom dependence can be treated. These are the main kinds of help. A doctor or counselor can help you choose what fits you.',

  'result.toSummary': 'See a summary to print or save',
  'result.changeAnswers': 'Go back and change my answers',
  'result.clearTitle': 'Done? Clear your answers',
} as const;
