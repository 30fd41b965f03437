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
} as const;
