/** The withdrawal-monitoring module's public surface (re-exported by the package index). */
export { DASHBOARD_ALERT_RULES_VERSION, dashboardAlerts } from './dashboard-alerts.js';
export type { AlertPriority, DashboardAlert, DashboardAlertId, DashboardAlertInput } from './dashboard-alerts.js';
export { MONITORING_MESSAGES_EN } from './monitoring.messages.en.js';
export type { MonitoringMessageKey } from './monitoring.messages.en.js';
export {
  DEFAULT_MONITORING_SETTINGS,
  MONITORING_SETTING_LIMITS,
  SCORE_DUE_RULES_VERSION,
  nextScoreDue,
} from './score-due.js';
export type { MonitoringSettings, ScoreDue, ScoreDueInputs, ScoreDueRuleId } from './score-due.js';
export { scoreTrend } from './score-trend.js';
export type { ScoreTrend, TrendArrow } from './score-trend.js';
export { SERIAL_SCORE_MAX, scoresUpTo, serialHistoryIssues } from './serial-scores.js';
export type { BuprenorphineDose, MonitoringIssue, SerialScore } from './serial-scores.js';
