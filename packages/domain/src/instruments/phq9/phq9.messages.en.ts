/**
 * English PHQ-9 text. The PHQ-9 is free to reproduce and display ("No permission required to reproduce,
 * translate, display or distribute"), so the standard item wording is used (clinical reference §5).
 */
export const PHQ9_MESSAGES_EN: Readonly<Record<string, string>> = {
  'instrument.phq9.title': 'Patient Health Questionnaire (PHQ-9)',
  'instrument.phq9.timeframe':
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',

  'instrument.phq9.option.0': 'Not at all',
  'instrument.phq9.option.1': 'Several days',
  'instrument.phq9.option.2': 'More than half the days',
  'instrument.phq9.option.3': 'Nearly every day',

  'instrument.phq9.item.interest.label': 'Little interest or pleasure in doing things',
  'instrument.phq9.item.feelingDown.label': 'Feeling down, depressed, or hopeless',
  'instrument.phq9.item.sleep.label': 'Trouble falling or staying asleep, or sleeping too much',
  'instrument.phq9.item.tiredness.label': 'Feeling tired or having little energy',
  'instrument.phq9.item.appetite.label': 'Poor appetite or overeating',
  'instrument.phq9.item.feelingBad.label':
    'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
  'instrument.phq9.item.concentration.label':
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  'instrument.phq9.item.movingOrSpeaking.label':
    'Moving or speaking so slowly that other people could have noticed? Or the opposite: being so fidgety or restless that you have been moving around a lot more than usual',
  'instrument.phq9.item.selfHarmThoughts.label':
    'Thoughts that you would be better off dead or of hurting yourself in some way',

  'instrument.phq9.band.minimal': 'Minimal depression symptoms',
  'instrument.phq9.band.mild': 'Mild depression symptoms',
  'instrument.phq9.band.moderate': 'Moderate depression symptoms',
  'instrument.phq9.band.moderately-severe': 'Moderately severe depression symptoms',
  'instrument.phq9.band.severe': 'Severe depression symptoms',
};
