/** English: the printable summary. */
export const SUMMARY_EN = {
  'summary.title': 'Summary to share with a doctor',
  'summary.date': 'Completed {date}',
  'summary.intro':
    'This page lists your answers, scores and the sources behind them. You can print it or save it as a PDF and take it to a doctor or counselor.',
  'summary.print': 'Print / Save as PDF',
  'summary.backToResult': 'Back to my results',
  'summary.safety.title': 'Safety questions',
  'summary.alerts.title': 'Safety alerts',
  'summary.alerts.phq9':
    'PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above "not at all". The 988 Lifeline was shown.',
  'summary.alerts.redFlag': 'Answered yes: "{question}" Shown: {action}',
  'summary.table.question': 'Question',
  'summary.table.answer': 'Answer',
  'summary.table.points': 'Points',
  'summary.total': 'Score: {total} out of {max}',
  'summary.use.none': 'None',
  'summary.use.shaky': 'shaky, sweaty or very anxious without it: {answer}',
  'summary.use.dailyGrams': 'Leaf powder per day',
  'summary.use.grams': '{grams} g',
  'summary.sources.title': 'Sources',
  'summary.sources.careRules':
    'Care suggestion: kratom-care rules, built from the kratom-care clinical reference §10 (our own rules, pending clinical review).',
} as const;
