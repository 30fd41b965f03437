import type { SelfCheckEvaluation } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { ResultPart } from './result-part';
import { sourceLines } from './source-lines';

/** Every source behind the result, listed once at the end (the domain dedupes and orders them). */
export function ResultSources({ evaluation }: { readonly evaluation: SelfCheckEvaluation }) {
  const t = useT();
  return (
    <ResultPart id="result-sources" title={t('summary.sources.title')} headline={<p>{t('result.sources.intro')}</p>}>
      <ol className="sources">
        {sourceLines(evaluation, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </ResultPart>
  );
}
