import type { SelfCheckAlert } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/** Safety alerts first on the printed summary, so the clinician reading it sees them before any score. */
export function SummaryAlerts({ alerts }: { readonly alerts: readonly SelfCheckAlert[] }) {
  const t = useT();
  if (alerts.length === 0) {
    return null;
  }
  return (
    <section className="summary-section notice notice--warning" aria-labelledby="summary-alerts-title">
      <h2 id="summary-alerts-title">{t('summary.alerts.title')}</h2>
      <ul>
        {alerts.map((alert) =>
          alert.kind === 'phq9-item9' ? (
            <li key={alert.kind}>{t(alert.textKey)}</li>
          ) : (
            <li key={alert.flag.id}>
              {t('summary.alerts.redFlag', { question: t(alert.flag.labelKey), action: t(alert.flag.actionKey) })}
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
