import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from '../result/compute-result';

/** Safety alerts first on the printed summary, so the clinician reading it sees them before any score. */
export function SummaryAlerts({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  const flags = computed.result.redFlags.flags.filter(
    (flag) => flag.id !== 'suicidal-thoughts' || computed.suicidalThoughtsAnswered,
  );
  if (flags.length === 0 && !computed.phq9SelfHarm) {
    return null;
  }
  return (
    <section className="summary-section notice notice--warning" aria-labelledby="summary-alerts-title">
      <h2 id="summary-alerts-title">{t('summary.alerts.title')}</h2>
      <ul>
        {computed.phq9SelfHarm ? <li>{t('summary.alerts.phq9')}</li> : null}
        {flags.map((flag) => (
          <li key={flag.id}>
            {t('summary.alerts.redFlag', { question: t(flag.labelKey), action: t(flag.actionKey) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
