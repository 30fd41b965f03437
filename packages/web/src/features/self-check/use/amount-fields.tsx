import { USE_PATTERN_OPTIONS, USE_PATTERN_QUESTION_KEYS } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { SelectField } from '../../../ui/select-field';
import { SingleCheckbox } from '../../../ui/single-checkbox';
import { TextField } from '../../../ui/text-field';
import { USE_FIELD_IDS } from '../state/use-draft-input';
import type { UseFieldsProps } from './use-fields-props';

/** Amount per dose, its unit, or "I'm not sure". Number stays text until "Next". */
export function AmountFields({ draft, update, errorFor }: UseFieldsProps) {
  const t = useT();
  return (
    <fieldset className="field group">
      <legend className="field__legend">{t(USE_PATTERN_QUESTION_KEYS.amountPerDose)}</legend>
      <p className="field__hint">{t('use.amount.hint')}</p>
      <div className="inline-fields">
        <TextField
          id={USE_FIELD_IDS.amountPerDose}
          className="field--short"
          label={t('use.amount.label')}
          inputMode="decimal"
          value={draft.amountPerDose}
          disabled={draft.amountNotSure}
          error={errorFor(USE_FIELD_IDS.amountPerDose)}
          onChange={(amountPerDose) => {
            update({ amountPerDose });
          }}
        />
        <SelectField
          id={USE_FIELD_IDS.doseUnit}
          className="field--short"
          label={t('use.unit.label')}
          placeholder={t('use.unit.placeholder')}
          options={USE_PATTERN_OPTIONS.doseUnits.map((option) => ({ value: option.id, label: t(option.labelKey) }))}
          value={draft.doseUnit}
          disabled={draft.amountNotSure}
          error={errorFor(USE_FIELD_IDS.doseUnit)}
          onChange={(doseUnit) => {
            update({ doseUnit });
          }}
        />
      </div>
      <SingleCheckbox
        id="use-amount-not-sure"
        label={t('use.amount.notSure')}
        checked={draft.amountNotSure}
        onChange={(amountNotSure) => {
          update({ amountNotSure });
        }}
      />
    </fieldset>
  );
}
