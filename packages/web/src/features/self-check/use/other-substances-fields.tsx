import {
  USE_PATTERN_OPTIONS,
  USE_PATTERN_QUESTION_KEYS,
  WITHDRAWAL_RISK_SUBSTANCES,
  type OtherSubstance,
} from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ChoiceGroup } from '../../../ui/choice-group';
import { YesNoGroup } from '../../../ui/yes-no-group';
import type { SubstanceDraft } from '../state/use-draft';
import { USE_FIELD_IDS, substanceFieldId } from '../state/use-draft-input';
import type { UseFieldsProps } from './use-fields-props';

/**
 * Other substances, with how often for each one ticked, and for alcohol and sedatives the morning-shakes
 * question (a sign of withdrawal from them, which changes the care suggestion).
 */
export function OtherSubstancesFields({ draft, update, errorFor }: UseFieldsProps) {
  const t = useT();
  const labelOf = (substance: OtherSubstance): string =>
    t(USE_PATTERN_OPTIONS.otherSubstances.find((option) => option.id === substance)?.labelKey ?? substance);
  const setDetails = (substance: OtherSubstance, patch: SubstanceDraft): void => {
    const current = draft.substanceDetails[substance] ?? {};
    update({ substanceDetails: { ...draft.substanceDetails, [substance]: { ...current, ...patch } } });
  };

  return (
    <>
      <CheckboxGroup
        id={USE_FIELD_IDS.otherSubstances}
        legend={t(USE_PATTERN_QUESTION_KEYS.otherSubstances)}
        hint={t('use.otherSubstances.hint')}
        options={USE_PATTERN_OPTIONS.otherSubstances.map((option) => ({ value: option.id, label: t(option.labelKey) }))}
        values={draft.otherSubstances}
        onToggle={(substance, checked) => {
          const chosen = new Set(draft.otherSubstances);
          if (checked) {
            chosen.add(substance);
          } else {
            chosen.delete(substance);
          }
          // Keep the offered order, so the summary lists substances the same way every time.
          update({
            otherSubstances: USE_PATTERN_OPTIONS.otherSubstances.map((o) => o.id).filter((id) => chosen.has(id)),
          });
        }}
      />
      {draft.otherSubstances.map((substance) => {
        const details = draft.substanceDetails[substance] ?? {};
        const shaky = details.shakyWhenGoingWithout;
        return (
          <div className="follow-up" key={substance}>
            <ChoiceGroup
              id={substanceFieldId(substance, 'frequency')}
              legend={t('use.substance.frequencyLegend', {
                substance: labelOf(substance),
                question: t(USE_PATTERN_QUESTION_KEYS.substanceFrequency),
              })}
              options={USE_PATTERN_OPTIONS.substanceFrequencies.map((o) => ({ value: o.id, label: t(o.labelKey) }))}
              value={details.frequency}
              error={errorFor(substanceFieldId(substance, 'frequency'))}
              onChange={(frequency) => {
                setDetails(substance, { frequency });
              }}
            />
            {WITHDRAWAL_RISK_SUBSTANCES.includes(substance) ? (
              <YesNoGroup
                id={substanceFieldId(substance, 'shaky')}
                legend={t('use.substance.shakyLegend', {
                  substance: labelOf(substance),
                  question: t(USE_PATTERN_QUESTION_KEYS.shakyWhenGoingWithout),
                })}
                value={shaky}
                error={errorFor(substanceFieldId(substance, 'shaky'))}
                onChange={(yes) => {
                  setDetails(substance, { shakyWhenGoingWithout: yes });
                }}
              />
            ) : null}
          </div>
        );
      })}
    </>
  );
}
