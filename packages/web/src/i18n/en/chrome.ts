/** English: the frame around every page (header, crisis bar, footer, forms, navigation). */
export const CHROME_EN = {
  'app.name': 'Kratom Care',
  'app.tagline': 'Private kratom self-check',
  'app.documentTitle': '{page} – Kratom Care',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.footer.privacy':
    'Your answers stay in this browser. Nothing you enter is sent to us or to anyone else. No account, no tracking.',
  'app.footer.notAdvice':
    'This self-check is not a diagnosis and does not replace a doctor, nurse or counselor. It never gives advice about doses.',

  'crisis.bar.label': 'Crisis help',
  'crisis.bar.title': 'Need help now?',
  'crisis.bar.call911': 'Call 911',
  'crisis.bar.call988': 'Call 988',
  'crisis.bar.text988': 'Text 988',
  'crisis.bar.samhsa': 'SAMHSA helpline {number}',
  'crisis.bar.poison': 'Poison Help {number}',
  'crisis.list.title': 'Crisis and support lines',

  'emergency.title': 'What to do now',
  'emergency.because': 'You answered yes to:',
  'emergency.acknowledge': 'I have read what to do. I will get help now, or I already have help.',
  'emergency.link.call911': 'Call 911 now',
  'emergency.link.call988': 'Call 988 now',
  'emergency.link.text988': 'Text 988 now',
  'emergency.link.chat988': 'Chat online at {number}',
  'emergency.link.poison': 'Call Poison Help {number}',
  'lifeline.title': 'You do not have to face this alone.',

  'answer.yes': 'Yes',
  'answer.no': 'No',
  'nav.next': 'Next',
  'nav.back': 'Back',
  'progress.step': 'Step {current} of {total}',
  'steps.earlierStepsNotice': 'Please answer the questions on this page first. Then you can go on.',
  'form.errorSummary.title': 'Some questions still need an answer',
  'form.errorPrefix': 'Error:',
  'form.error.answerQuestion': 'Answer this question: {question}',
  'form.error.chooseAnswer': 'Choose an answer.',

  'clear.button': 'Clear my answers',
  'clear.confirmText':
    'Clear all your answers? This removes them from this page and from this device. You can undo this for a few seconds.',
  'clear.confirm': 'Yes, clear my answers',
  'clear.cancel': 'Cancel',
  'clear.done': 'Your answers were cleared.',
  'clear.undo': 'Undo',

  'notFound.title': 'Page not found',
  'notFound.text': 'We could not find this page.',
  'notFound.home': 'Go to the start of the self-check',
} as const;
