import { getInstrument, type CompleteScore } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import type { QuestionnaireId } from '../state/self-check-state';
import { AnswerTable } from './answer-table';

interface SummaryInstrumentProps {
  readonly id: QuestionnaireId;
  readonly score: CompleteScore | null;
  /** Shown instead of the table when there is no score (a skipped screen). */
  readonly emptyText: string;
}

/** One instrument's answers with points, total, band and citation. */
export function SummaryInstrument({ id, score, emptyText }: SummaryInstrumentProps) {
  const t = useT();
  const definition = getInstrument(id)?.definition;
  if (definition === undefined) {
    return null;
  }
  const title = t(definition.titleKey);
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
    <section className="summary-section" aria-labelledby={`summary-${id}-title`}>
      <h2 id={`summary-${id}-title`}>{title}</h2>
      {score === null ? (
        <p>{emptyText}</p>
      ) : (
        <>
          <p>
            <strong>
              {t('summary.total', { total: score.total, max: definition.maxTotal })}
              {score.band === null ? '' : ` · ${t(score.band.labelKey)}`}
            </strong>
          </p>
          {score.band === null && definition.bands.length === 0 ? <p>{t('result.sows.noBands')}</p> : null}
          <AnswerTable
            caption={title}
            questionHeader={t('summary.table.question')}
            answerHeader={t('summary.table.answer')}
            pointsHeader={t('summary.table.points')}
            rows={rows}
          />
        </>
      )}
      <p className="citation">{t('result.source', { source: definition.citation })}</p>
    </section>
  );
}
