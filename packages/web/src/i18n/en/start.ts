/** English: the start page and the question steps. */
export const START_EN = {
  'start.title': 'Is my kratom use becoming a problem?',
  'start.lead':
    'This private self-check helps you look at your kratom use, how you feel, and whether you are safe. At the end you get a result that explains itself and a summary you can take to a doctor.',
  'start.what.title': 'What this is',
  'start.what.questions': 'Short questions about safety, how you use kratom, withdrawal, mood and anxiety.',
  'start.what.time': 'It takes about 10 minutes. The mood and anxiety questions are optional.',
  'start.what.result': 'A result with what it may mean, a suggested level of care and your options for help.',
  'start.isNot.title': 'What this is not',
  'start.isNot.diagnosis': 'It is not a diagnosis. Only a doctor or other clinician can diagnose you.',
  'start.isNot.clinician': 'It does not replace a doctor, nurse or counselor.',
  'start.isNot.doses': 'It never tells you what dose of anything to take.',
  'start.emergency': 'If you or someone with you is in danger right now, call 911.',
  'start.privacy.title': 'Your privacy',
  'start.privacy.stays':
    'Your answers stay in this browser. They are scored on your device. Nothing you enter is sent to us or to anyone else.',
  'start.privacy.tab':
    'While you answer, a copy stays in this browser tab, so reloading the page does not lose your answers. It is deleted when you close the tab or clear your answers.',
  'start.privacy.noAccount': 'You do not need an account, and we do not track you.',
  'start.remember.label': 'Remember my answers on this device',
  'start.remember.hint':
    'Only choose this on a device that is yours. Your answers are then kept in this browser until you clear them, even after you close it. If you leave it off, they are gone when you close this tab.',
  'start.begin': 'Start the self-check',
  'start.resume': 'Continue where I left off',
  'start.clear.title': 'Clear your answers',
  'start.clear.text': 'You can remove your answers from this page, this tab and this device at any time.',

  'safety.title': 'First, are you safe right now?',
  'safety.intro':
    'Please answer these questions first. If any answer is yes, we show you what to do right away, before anything else.',
  'safety.error.acknowledge': 'Tick the box to show you have read what to do.',

  'criteria.title': 'How kratom affects your life',
  'criteria.intro':
    'These 11 questions are based on the signs doctors use to check for a substance use disorder, put in our own words. Answer yes or no for each one.',
  'withdrawal.title': 'How you feel right now',
  'withdrawal.intro':
    'These 16 questions rate withdrawal symptoms. They are our own short wording of a published scale. Answer for how you feel at this moment.',
  'mood.title': 'Your mood (optional)',
  'mood.intro':
    'These 9 questions are a common check for depression. They are optional: you can answer them or skip them.',
  'anxiety.title': 'Worry and anxiety (optional)',
  'anxiety.intro':
    'These 7 questions are a common check for anxiety. They are optional: you can answer them or skip them.',
  'anxiety.next': 'See my results',
  'questionnaire.itemLegend': '{number}. {label}',
  'questionnaire.skip': 'Skip this',
  'questionnaire.skipHint': 'You do not have to answer these questions.',
  'questionnaire.source': 'Source: {citation}',
} as const;
