import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from '@kratom-care/domain';

/**
 * The due-time settings the summary is computed with: the domain's defaults (every 4 h while
 * COWS ≥ 5, 1 h after a buprenorphine dose until the post-dose COWS). One place to change them; a
 * per-facility setting would be read here and the summaries refreshed when it changes.
 *
 * @see packages/domain/src/monitoring/README.md (due-time rule, setting limits)
 */
export const MONITORING_SETTINGS: MonitoringSettings = DEFAULT_MONITORING_SETTINGS;
