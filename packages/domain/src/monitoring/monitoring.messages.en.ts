/** English messages for withdrawal monitoring and dashboard alerts (clinician-facing). */
const MESSAGES = {
  'monitoring.due.postDose': 'Post-dose COWS due {interval} h after the buprenorphine dose.',
  'monitoring.due.cowsInterval': 'Next score due {interval} h after the last COWS (COWS at or above {threshold}).',
  'monitoring.due.belowThreshold': 'No score scheduled: the last COWS is below {threshold}.',
  'monitoring.due.noCows': 'No score scheduled: no COWS on record.',
  'monitoring.due.overdue': 'Overdue',
  'monitoring.trend.up': 'Higher than the previous score',
  'monitoring.trend.down': 'Lower than the previous score',
  'monitoring.trend.same': 'Same as the previous score',
  'monitoring.alert.redFlag': 'Red flag recorded: review now.',
  'monitoring.alert.phq9Item9': 'PHQ-9 item 9 above 0: follow the suicide-risk workflow.',
  'monitoring.alert.liverHysLaw': "Liver tests meet Hy's-law labs: urgent review.",
  'monitoring.alert.cowsHigherBand': 'COWS has moved into a higher band.',
  'monitoring.alert.assessmentDue': 'A withdrawal score is due now.',
  'monitoring.alert.assessmentOverdue': 'A withdrawal score is overdue.',
  'monitoring.alert.liverAbnormal': 'Abnormal liver test result.',
} as const;

export type MonitoringMessageKey = keyof typeof MESSAGES;

/** The English monitoring catalogue. */
export const MONITORING_MESSAGES_EN: Readonly<Record<MonitoringMessageKey, string>> = MESSAGES;
