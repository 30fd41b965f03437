import { getInstrument } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from '../result/compute-result';

/** Every source behind the summary, for the clinician reading it. */
export function SummarySources({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  const instrumentCitations = (['dsm5-kud', 'sows', 'phq9', 'gad7'] as const).flatMap((id) => {
    const definition = getInstrument(id)?.definition;
    return definition === undefined ? [] : [`${t(definition.titleKey)}: ${definition.citation}`];
  });
  const otherSources = [
    t(computed.result.withdrawalCourse.sourceKey),
    ...computed.result.riskNotes.map((note) => t(note.sourceKey)),
    t('summary.sources.careRules'),
  ];
  const all = [...new Set([...instrumentCitations, ...otherSources])];
  return (
    <section className="summary-section" aria-labelledby="summary-sources-title">
      <h2 id="summary-sources-title">{t('summary.sources.title')}</h2>
      <ol className="sources">
        {all.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ol>
    </section>
  );
}
