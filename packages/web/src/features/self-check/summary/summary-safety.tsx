import { useT } from '../../../i18n/use-t';
import type { SelfCheckState } from '../state/self-check-state';
import { visibleRedFlagQuestions } from '../steps';
import { AnswerTable } from './answer-table';

/** The red-flag questions and the answers given. */
export function SummarySafety({ state }: { readonly state: SelfCheckState }) {
  const t = useT();
  const rows = visibleRedFlagQuestions(state).map((question) => ({
    key: question.id,
    question: t(question.labelKey),
    answer: t(state.redFlags[question.id] === true ? 'answer.yes' : 'answer.no'),
  }));
  return (
    <section className="summary-section" aria-labelledby="summary-safety-title">
      <h2 id="summary-safety-title">{t('summary.safety.title')}</h2>
      <AnswerTable
        caption={t('summary.safety.title')}
        questionHeader={t('summary.table.question')}
        answerHeader={t('summary.table.answer')}
        rows={rows}
      />
    </section>
  );
}
