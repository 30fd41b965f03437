import { evaluateRedFlags } from '@kratom-care/domain';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { shorten } from '../../../ui/shorten';
import { YesNoGroup } from '../../../ui/yes-no-group';
import type { FieldError } from '../../../ui/error-summary';
import { useSelfCheck } from '../state/use-self-check';
import { StepLayout } from '../step-layout';
import { stepPath, visibleRedFlagQuestions } from '../steps';
import { useStepForm } from '../use-step-form';
import { ACKNOWLEDGE_ID, EmergencyPanel } from './emergency-panel';

const fieldId = (id: string): string => `red-flag-${id}`;

/** `/check/safety`: the red-flag questions, before anything else. A yes shows what to do at once. */
export function SafetyPage() {
  const t = useT();
  const navigate = useNavigate();
  const { state, dispatch } = useSelfCheck();
  const questions = visibleRedFlagQuestions(state);
  const evaluation = evaluateRedFlags(state.redFlags);

  const errors: FieldError[] = questions
    .filter((question) => state.redFlags[question.id] === undefined)
    .map((question) => ({
      fieldId: fieldId(question.id),
      message: t('form.error.answerQuestion', { question: shorten(t(question.labelKey)) }),
      inlineMessage: t('form.error.chooseAnswer'),
    }));
  if (evaluation.flags.length > 0 && !state.redFlagsAcknowledged) {
    errors.push({ fieldId: ACKNOWLEDGE_ID, message: t('safety.error.acknowledge') });
  }
  const form = useStepForm(errors, () => {
    void navigate(stepPath('use'));
  });

  return (
    <StepLayout
      step="safety"
      title={t('safety.title')}
      errors={form.shownErrors}
      attempt={form.attempt}
      onSubmit={form.onSubmit}
      before={
        evaluation.flags.length > 0 ? (
          <EmergencyPanel
            flags={evaluation.flags}
            acknowledged={state.redFlagsAcknowledged}
            error={form.errorFor(ACKNOWLEDGE_ID)}
            onAcknowledge={(acknowledged) => {
              dispatch({ type: 'acknowledge-red-flags', acknowledged });
            }}
          />
        ) : null
      }
      intro={<p className="lead">{t('safety.intro')}</p>}
    >
      {questions.map((question) => {
        const answer = state.redFlags[question.id];
        return (
          <YesNoGroup
            key={question.id}
            id={fieldId(question.id)}
            legend={t(question.labelKey)}
            hint={question.hintKey === undefined ? undefined : t(question.hintKey)}
            error={form.errorFor(fieldId(question.id))}
            value={answer}
            onChange={(yes) => {
              dispatch({ type: 'answer-red-flag', id: question.id, yes });
            }}
          />
        );
      })}
    </StepLayout>
  );
}
