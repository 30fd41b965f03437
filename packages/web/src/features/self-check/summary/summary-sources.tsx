import type { SelfCheckEvaluation } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { sourceLines } from '../result/source-lines';

/** Every source behind the summary, once, for the clinician reading it (the domain dedupes and orders them). */
export function SummarySources({ evaluation }: { readonly evaluation: SelfCheckEvaluation }) {
  const t = useT();
  return (
    <section className="summary-section summary-sources" aria-labelledby="summary-sources-title">
      <h2 id="summary-sources-title">{t('summary.sources.title')}</h2>
      <ol className="sources">
        {sourceLines(evaluation, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
