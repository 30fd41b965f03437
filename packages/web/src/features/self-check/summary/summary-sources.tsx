import type { SelfCheckCitation } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/** Every source behind the summary, once, for the clinician reading it (the domain dedupes and orders them). */
export function SummarySources({ sources }: { readonly sources: readonly SelfCheckCitation[] }) {
  const t = useT();
  return (
    <section className="summary-section summary-sources" aria-labelledby="summary-sources-title">
      <h2 id="summary-sources-title">{t('summary.sources.title')}</h2>
      <ol className="sources">
        {sources.map((source) => (
          <li key={source.id}>{source.citation}</li>
        ))}
      </ol>
    </section>
  );
}
