/** English: the chart's Withdrawal tab (serial COWS/SOWS with vitals, the charts, the next score due). */
export const WITHDRAWAL_EN = {
  'chart.tab.withdrawal': 'Withdrawal',
  'withdrawal.pageTitle': 'Withdrawal monitoring',
  'withdrawal.pageIntro':
    'Serial COWS and SOWS scores with the vitals taken at the same time. Scores and due times support your judgement; they order nothing.',

  // REFERENCE §11 "Red flags needing emergency care": checked before any score.
  'withdrawal.redFlags.title': 'Before any score: act first on a red flag.',
  'withdrawal.redFlags.breathing':
    'Hard to wake, or breathing slow, shallow or stopped: call 911, give naloxone if available.',
  'withdrawal.redFlags.seizure': 'Seizure: call 911.',
  'withdrawal.redFlags.chest': 'Chest pain, fainting or severe shortness of breath: call 911.',
  'withdrawal.redFlags.fluids':
    'Cannot keep fluids down for more than 24 hours, confusion or hallucinations: urgent care or the emergency department.',
  'withdrawal.redFlags.liver':
    'Yellow skin or eyes, dark urine, pale stools, severe itching or right-upper-belly pain: same-day urgent care and liver tests.',

  'withdrawal.status.title': 'Next score',
  'withdrawal.status.nextDue': 'Next score due',
  'withdrawal.status.dueInvalid': 'The due time cannot be worked out from the scores on record.',
  'withdrawal.status.latestCows': 'Latest COWS',
  'withdrawal.status.latestSows': 'Latest SOWS',
  'withdrawal.status.none': 'None recorded',
  'withdrawal.status.latest': '{total}, {band}, at {time}.',
  'withdrawal.status.latestNoBand': '{total} at {time}.',
  'withdrawal.status.firstScore': 'First score: no trend yet.',
  'withdrawal.status.byBand': '(compared by band).',
  'withdrawal.status.byTotal': '(compared by total; SOWS has no validated bands).',
  'withdrawal.status.settings':
    'Reminder settings: every {interval} h while the latest COWS is {threshold} or more; {postDose} h after a buprenorphine dose until the post-dose COWS.',
  'withdrawal.status.dosesUnknown':
    'The buprenorphine doses could not be read, so the post-dose reminder is not shown. Check the Medications tab.',
  'withdrawal.status.recordLink': 'Record a score',

  'withdrawal.axis.hours': 'Hours since the last kratom dose',
  'withdrawal.axis.clock': 'Time',
  'withdrawal.axis.tick': '{hours} h',
  'withdrawal.axis.fromDose': 'Charts count hours from the last kratom dose recorded at intake: {time}.',
  'withdrawal.axis.noDose':
    'No last kratom dose is recorded at intake, so the charts show clock time instead of hours since the last dose.',
  'withdrawal.col.hours': 'Hours since last dose',

  'withdrawal.charts.title': 'Scores and vitals over time',
  'withdrawal.chart.cows': 'COWS with its severity bands (times in {zone})',
  'withdrawal.chart.sows': 'SOWS, no severity bands (times in {zone})',
  'withdrawal.chart.hrBp': 'Heart rate and blood pressure (times in {zone})',
  'withdrawal.chart.hrBp.table': 'Heart rate and blood pressure, newest first',
  'withdrawal.chart.rrSpo2': 'Respiratory rate and SpO₂ (times in {zone})',
  'withdrawal.chart.rrSpo2.table': 'Respiratory rate and SpO₂, newest first',
  'withdrawal.chart.temperature': 'Temperature (times in {zone})',
  'withdrawal.chart.temperature.table': 'Temperature, newest first',
  'withdrawal.table.cows': 'COWS scores, newest first',
  'withdrawal.table.sows': 'SOWS scores, newest first',
  'withdrawal.series.cows': 'COWS',
  'withdrawal.series.sows': 'SOWS',
  'withdrawal.unit.points': 'points',
  'withdrawal.vital.heartRate': 'Heart rate',
  'withdrawal.vital.systolic': 'Systolic',
  'withdrawal.vital.diastolic': 'Diastolic',
  'withdrawal.vital.respiratoryRate': 'Respiratory rate',
  'withdrawal.vital.oxygenSaturation': 'SpO₂',
  'withdrawal.vital.temperature': 'Temperature',
  'withdrawal.summary.none': 'No {label} recorded.',
  'withdrawal.summary.latest': 'Latest {label}: {value}{band} at {time}.',
  'withdrawal.summary.change': '{change} since the first reading shown.',
  'withdrawal.empty.cows': 'No COWS recorded yet.',
  'withdrawal.empty.vitals': 'No vitals recorded yet.',
  'withdrawal.unknownRecorder': 'Unknown',
  'withdrawal.loadEarlier': 'Load earlier scores and vitals',

  'withdrawal.form.title': 'Record a score',
  'withdrawal.scale': 'Scale',
  'withdrawal.scale.cows': 'COWS (clinician-rated)',
  'withdrawal.scale.sows-kratom-adapted': 'SOWS, kratom-adapted',
  'withdrawal.scale.sows-handelsman-1987': 'SOWS, as published (1987)',
  'withdrawal.citation': 'Source: {citation}',
  'withdrawal.field.assessedAt': 'Time scored',
  'withdrawal.field.assessedAtHint': 'Your local time. The vitals below are recorded at the same time.',
  'withdrawal.items': '{scale}: items',
  'withdrawal.option': '{points}: {label}',
  'withdrawal.measuredHint': 'Enter the measured rate, {min} to {max}; it is scored as {points}.',
  'withdrawal.vitals': 'Vitals taken at the same time',
  'withdrawal.vitalsIntro': 'Fill in what you measured; leave the rest empty.',
  'withdrawal.vitalsIntroCows':
    'Fill in what you measured. Left empty, the heart rate is the resting pulse entered above.',
  'withdrawal.submit': 'Save {scale}',
  'withdrawal.saved.withBand': '{scale} saved: {total}, {band}, scored at {time}.',
  'withdrawal.saved.noBand': '{scale} saved: {total}, scored at {time}.',
  'withdrawal.saved.vitals': 'Vitals saved.',
  'withdrawal.saved.vitalsFailed':
    'The score is saved, the vitals are not. Correct them below and save again: the score is not saved twice.',

  'timeSeries.col.when': 'When',
  'timeSeries.notMeasured': 'Not measured',
  'timeSeries.showTable': 'Show as table',
  'timeSeries.hideTable': 'Hide the table',
} as const;
