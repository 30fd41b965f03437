import { getInstrument, type SelfCheckInstrumentResult } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { AnswerTable } from './answer-table';

/**
 * One questionnaire's answers with points, total and band, or that it was skipped. Its citation is in the
 * sources list, once.
 */
export function SummaryInstrument({ result }: { readonly result: SelfCheckInstrumentResult }) {
  const t = useT();
  const definition = getInstrument(result.instrumentId)?.definition;
  if (definition === undefined) {
    return null;
  }
  const score = result.score?.status === 'complete' ? result.score : null;
  const title = t(result.titleKey);
  const id = `summary-${result.instrumentId}-title`;
  const rows = (score?.items ?? []).map((points, index) => {
    const item = definition.items.find((candidate) => candidate.id === points.id);
    const option = item?.options.find((candidate) => candidate.value === points.value);
    return {
      key: points.id,
      question: t('questionnaire.itemLegend', {
        number: index + 1,
        label: item === undefined ? points.id : t(item.labelKey),
      }),
      answer: option === undefined ? '' : t(option.labelKey),
      points: points.points,
    };
  });
  return (
    <section className="summary-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {score === null ? (
        <p>{t('result.mood.skipped')}</p>
      ) : (
        <>
          <p>
            <strong>
              {t('summary.total', { total: score.total, max: result.maxTotal })}
              {result.band === null ? '' : ` · ${t(result.band.labelKey)}`}
            </strong>
          </p>
          {result.band === null && definition.bands.length === 0 ? <p>{t('result.sows.noBands')}</p> : null}
          <AnswerTable
            caption={title}
            questionHeader={t('summary.table.question')}
            answerHeader={t('summary.table.answer')}
            pointsHeader={t('summary.table.points')}
            rows={rows}
          />
        </>
      )}
    </section>
  );
}
