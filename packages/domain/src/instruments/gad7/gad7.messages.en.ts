/**
 * English GAD-7 text. The GAD-7 is free to reproduce and display, so the standard item wording is used
 * (clinical reference §5).
 */
export const GAD7_MESSAGES_EN: Readonly<Record<string, string>> = {
  'instrument.gad7.title': 'Generalized Anxiety Disorder scale (GAD-7)',
  'instrument.gad7.timeframe': 'Over the last 2 weeks, how often have you been bothered by the following problems?',

  'instrument.gad7.option.0': 'Not at all',
  'instrument.gad7.option.1': 'Several days',
  'instrument.gad7.option.2': 'More than half the days',
  'instrument.gad7.option.3': 'Nearly every day',

  'instrument.gad7.item.nervous.label': 'Feeling nervous, anxious, or on edge',
  'instrument.gad7.item.cannotStopWorrying.label': 'Not being able to stop or control worrying',
  'instrument.gad7.item.worryingTooMuch.label': 'Worrying too much about different things',
  'instrument.gad7.item.troubleRelaxing.label': 'Trouble relaxing',
  'instrument.gad7.item.restless.label': 'Being so restless that it is hard to sit still',
  'instrument.gad7.item.irritable.label': 'Becoming easily annoyed or irritable',
  'instrument.gad7.item.afraid.label': 'Feeling afraid, as if something awful might happen',

  'instrument.gad7.band.minimal': 'Minimal anxiety symptoms',
  'instrument.gad7.band.mild': 'Mild anxiety symptoms',
  'instrument.gad7.band.moderate': 'Moderate anxiety symptoms',
  'instrument.gad7.band.severe': 'Severe anxiety symptoms',
};
