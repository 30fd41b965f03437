import { getInstrument } from '@kratom-care/domain';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { shorten } from '../../../ui/shorten';
import type { FieldError } from '../../../ui/error-summary';
import type { OptionalQuestionnaireId, QuestionnaireId } from '../state/self-check-state';
import { useSelfCheck } from '../state/use-self-check';
import { StepLayout } from '../step-layout';
import { STEPS, stepIndex, type StepId } from '../steps';
import { useStepForm } from '../use-step-form';
import { ItemChoice } from './item-choice';

interface QuestionnaireStepProps {
  readonly questionnaire: QuestionnaireId;
  readonly step: StepId;
  readonly title: string;
  readonly intro: ReactNode;
  readonly nextLabel?: string;
  /** Shown right after an item, e.g. the 988 card after PHQ-9 item 9. */
  readonly afterItem?: (itemId: string) => ReactNode;
}

export const itemFieldId = (questionnaire: string, itemId: string): string => `${questionnaire}-${itemId}`;

const isOptional = (id: QuestionnaireId): id is OptionalQuestionnaireId => id === 'phq9' || id === 'gad7';

/**
 * One instrument as a step: every item in published order as a radio group with the instrument's own
 * options, the citation under it, and "Skip this" for the optional screens.
 */
export function QuestionnaireStep({ questionnaire, step, title, intro, nextLabel, afterItem }: QuestionnaireStepProps) {
  const t = useT();
  const navigate = useNavigate();
  const { state, dispatch } = useSelfCheck();
  const definition = getInstrument(questionnaire)?.definition;
  const answers = state.answers[questionnaire];
  const items = definition?.items ?? [];
  const nextPath = STEPS[stepIndex(step) + 1]?.path ?? '/';

  const errors: FieldError[] = items
    .filter((item) => answers[item.id] === undefined)
    .map((item) => ({
      fieldId: itemFieldId(questionnaire, item.id),
      message: t('form.error.answerQuestion', { question: shorten(t(item.labelKey)) }),
      inlineMessage: t('form.error.chooseAnswer'),
    }));
  const form = useStepForm(errors, () => {
    void navigate(nextPath);
  });

  const skip = isOptional(questionnaire) ? (
    <div className="skip">
      <p className="skip__text">{t('questionnaire.skipHint')}</p>
      <button
        className="button button--secondary"
        type="button"
        onClick={() => {
          dispatch({ type: 'skip', questionnaire, skipped: true });
          void navigate(nextPath);
        }}
      >
        {t('questionnaire.skip')}
      </button>
    </div>
  ) : null;

  return (
    <StepLayout
      step={step}
      title={title}
      errors={form.shownErrors}
      attempt={form.attempt}
      onSubmit={form.onSubmit}
      intro={
        <>
          {intro}
          {definition === undefined ? null : <p className="timeframe">{t(definition.timeframeKey)}</p>}
        </>
      }
      nextLabel={nextLabel}
      actions={skip}
    >
      {items.map((item, index) => {
        const id = itemFieldId(questionnaire, item.id);
        return (
          <div key={item.id}>
            <ItemChoice
              id={id}
              item={item}
              legend={t('questionnaire.itemLegend', { number: index + 1, label: t(item.labelKey) })}
              error={form.errorFor(id)}
              value={answers[item.id]}
              onChange={(value) => {
                dispatch({ type: 'answer-item', questionnaire, itemId: item.id, value });
              }}
            />
            {afterItem?.(item.id)}
          </div>
        );
      })}
      {definition === undefined ? null : (
        <p className="citation">{t('questionnaire.source', { citation: definition.citation })}</p>
      )}
    </StepLayout>
  );
}
