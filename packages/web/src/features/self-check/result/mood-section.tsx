import { getInstrument, type CompleteScore } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from './compute-result';

interface ScreenResultProps {
  readonly id: 'phq9' | 'gad7';
  readonly titleKey: string;
  readonly score: CompleteScore | null;
  readonly max: number;
}

function ScreenResult({ id, titleKey, score, max }: ScreenResultProps) {
  const t = useT();
  const citation = getInstrument(id)?.definition.citation;
  return (
    <>
      <h3>{t(titleKey)}</h3>
      {score === null ? (
        <p>{t('result.mood.skipped')}</p>
      ) : (
        <>
          <p className="result-figure">
            <strong>{score.band === null ? '' : t(score.band.labelKey)}</strong>
          </p>
          <p>{t('result.mood.total', { total: score.total, max })}</p>
          {citation === undefined ? null : <p className="citation">{t('result.source', { source: citation })}</p>}
        </>
      )}
    </>
  );
}

/** PHQ-9 and GAD-7 bands, or that they were skipped. The 988 card for item 9 is already at the top. */
export function MoodSection({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  return (
    <section className="result-section" aria-labelledby="result-mood-title">
      <h2 id="result-mood-title">{t('result.mood.title')}</h2>
      <ScreenResult id="phq9" titleKey="result.mood.phq9" score={computed.scores.phq9} max={27} />
      <ScreenResult id="gad7" titleKey="result.mood.gad7" score={computed.scores.gad7} max={21} />
      <p>{t('result.mood.note')}</p>
    </section>
  );
}
