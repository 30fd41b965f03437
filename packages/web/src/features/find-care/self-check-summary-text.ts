import type { SelfCheckEvaluation, SelfCheckInstrumentResult } from '@kratom-care/domain';

type Translate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

function scoreLine(t: Translate, result: SelfCheckInstrumentResult): string {
  const title = t(result.titleKey);
  if (result.skipped || result.total === null) {
    return t('findCare.summary.skipped', { title });
  }
  const band = result.band === null ? '' : ` (${t(result.band.labelKey)})`;
  return t('findCare.summary.score', { title, total: result.total, max: result.maxTotal, band });
}

/**
 * The self-check summary a person may attach to a call-back request, as plain text: exactly the lines they
 * are shown before they choose to send it. Scores, bands and the suggested level only; no single answer,
 * no amounts, no dates of use.
 *
 * @param evaluation - The self-check's result (computed in this browser).
 * @param t - The translator, with the self-check's messages.
 * @param date - When the self-check result was computed, already formatted.
 * @returns The text, or null when the self-check is not finished (nothing to attach).
 */
export function selfCheckSummaryText(evaluation: SelfCheckEvaluation, t: Translate, date: string): string | null {
  if (evaluation.status !== 'complete') {
    return null;
  }
  const { outcome, safety, instruments } = evaluation;
  const alerts = safety.alerts.map((alert) => t(alert.kind === 'phq9-item9' ? alert.textKey : alert.flag.labelKey));
  return [
    t('findCare.summary.heading', { date }),
    t('findCare.summary.care', { level: t(outcome.summaryCard.careLabelKey) }),
    `${t(instruments.kud.titleKey)}: ${t(outcome.kud.countKey, { count: outcome.kud.count })}${
      instruments.kud.band === null ? '' : ` (${t(instruments.kud.band.labelKey)})`
    }`,
    scoreLine(t, instruments.sows),
    scoreLine(t, instruments.phq9),
    scoreLine(t, instruments.gad7),
    alerts.length === 0 ? t('findCare.summary.noAlerts') : t('findCare.summary.alerts', { alerts: alerts.join('; ') }),
  ].join('\n');
}
