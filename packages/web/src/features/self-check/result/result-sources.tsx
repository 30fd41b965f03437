import type { SelfCheckCitation } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { ResultPart } from './result-part';

/** Every source behind the result, listed once at the end (the domain dedupes and orders them). */
export function ResultSources({ sources }: { readonly sources: readonly SelfCheckCitation[] }) {
  const t = useT();
  return (
    <ResultPart id="result-sources" title={t('summary.sources.title')} headline={<p>{t('result.sources.intro')}</p>}>
      <ol className="sources">
        {sources.map((source) => (
          <li key={source.id}>{source.citation}</li>
        ))}
      </ol>
    </ResultPart>
  );
}
