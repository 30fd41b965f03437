import { USE_PATTERN_OPTIONS, USE_PATTERN_QUESTION_KEYS } from '@kratom-care/domain';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ChoiceGroup } from '../../../ui/choice-group';
import { YesNoGroup } from '../../../ui/yes-no-group';
import { TextField } from '../../../ui/text-field';
import type { UseDraft } from '../state/use-draft';
import { USE_FIELD_IDS, checkUseDraft } from '../state/use-draft-input';
import { useSelfCheck } from '../state/use-self-check';
import { StepLayout } from '../step-layout';
import { stepPath } from '../steps';
import { useStepForm } from '../use-step-form';
import { AmountFields } from './amount-fields';
import { LastDoseField } from './last-dose-field';
import { OtherSubstancesFields } from './other-substances-fields';

/** `/check/use`: product forms, amount, how often and how long, the last dose, and other substances. */
export function UsePage() {
  const t = useT();
  const navigate = useNavigate();
  const { state, dispatch } = useSelfCheck();
  const draft = state.use;
  const update = (patch: Partial<UseDraft>): void => {
    dispatch({ type: 'update-use', patch });
  };
  // "Now" is read on each check, so a time typed a minute after the page opened is not "in the future".
  const substanceLabel = (substance: string): string =>
    t(USE_PATTERN_OPTIONS.otherSubstances.find((option) => option.id === substance)?.labelKey ?? substance);
  const errors = checkUseDraft(draft, new Date()).errors.map((error) => ({
    fieldId: error.fieldId,
    message: t(error.messageKey, error.substance === undefined ? {} : { substance: substanceLabel(error.substance) }),
  }));
  const form = useStepForm(errors, () => {
    void navigate(stepPath('criteria'));
  });
  const props = { draft, update, errorFor: form.errorFor };
  const choices = <T extends string>(options: readonly { id: T; labelKey: string }[]) =>
    options.map((option) => ({ value: option.id, label: t(option.labelKey) }));

  return (
    <StepLayout
      step="use"
      title={t('use.title')}
      errors={form.shownErrors}
      attempt={form.attempt}
      onSubmit={form.onSubmit}
      intro={<p className="lead">{t('use.intro')}</p>}
    >
      <CheckboxGroup
        id={USE_FIELD_IDS.productForms}
        legend={t(USE_PATTERN_QUESTION_KEYS.productForms)}
        options={choices(USE_PATTERN_OPTIONS.productForms)}
        values={draft.productForms}
        error={form.errorFor(USE_FIELD_IDS.productForms)}
        onToggle={(productForm, checked) => {
          const chosen = new Set(draft.productForms);
          if (checked) {
            chosen.add(productForm);
          } else {
            chosen.delete(productForm);
          }
          update({ productForms: USE_PATTERN_OPTIONS.productForms.map((o) => o.id).filter((id) => chosen.has(id)) });
        }}
      />
      <AmountFields {...props} />
      <TextField
        id={USE_FIELD_IDS.dosesPerDay}
        className="field--short"
        label={t(USE_PATTERN_QUESTION_KEYS.dosesPerDay)}
        hint={t('use.dosesPerDay.hint')}
        inputMode="numeric"
        value={draft.dosesPerDay}
        error={form.errorFor(USE_FIELD_IDS.dosesPerDay)}
        onChange={(dosesPerDay) => {
          update({ dosesPerDay });
        }}
      />
      <ChoiceGroup
        id={USE_FIELD_IDS.useFrequency}
        legend={t(USE_PATTERN_QUESTION_KEYS.useFrequency)}
        options={choices(USE_PATTERN_OPTIONS.useFrequencies)}
        value={draft.useFrequency}
        error={form.errorFor(USE_FIELD_IDS.useFrequency)}
        onChange={(useFrequency) => {
          update({ useFrequency });
        }}
      />
      <ChoiceGroup
        id={USE_FIELD_IDS.useDuration}
        legend={t(USE_PATTERN_QUESTION_KEYS.useDuration)}
        options={choices(USE_PATTERN_OPTIONS.useDurations)}
        value={draft.useDuration}
        error={form.errorFor(USE_FIELD_IDS.useDuration)}
        onChange={(useDuration) => {
          update({ useDuration });
        }}
      />
      <LastDoseField {...props} />
      <ChoiceGroup
        id={USE_FIELD_IDS.wantsToCutDownOrStop}
        legend={t(USE_PATTERN_QUESTION_KEYS.wantsToCutDownOrStop)}
        options={choices(USE_PATTERN_OPTIONS.changeIntents)}
        inline
        value={draft.wantsToCutDownOrStop}
        error={form.errorFor(USE_FIELD_IDS.wantsToCutDownOrStop)}
        onChange={(wantsToCutDownOrStop) => {
          update({ wantsToCutDownOrStop });
        }}
      />
      <OtherSubstancesFields {...props} />
      <YesNoGroup
        id={USE_FIELD_IDS.safePlace}
        legend={t('use.safePlace.legend')}
        hint={t('use.safePlace.hint')}
        value={draft.safePlace === undefined ? undefined : draft.safePlace === 'yes'}
        onChange={(yes) => {
          update({ safePlace: yes ? 'yes' : 'no' });
        }}
      />
    </StepLayout>
  );
}
