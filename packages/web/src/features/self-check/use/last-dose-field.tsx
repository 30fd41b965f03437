import { USE_PATTERN_QUESTION_KEYS } from '@kratom-care/domain';
import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { SingleCheckbox } from '../../../ui/single-checkbox';
import { TextField } from '../../../ui/text-field';
import { USE_FIELD_IDS } from '../state/use-draft-input';
import type { UseFieldsProps } from './use-fields-props';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A Date as a `datetime-local` value in the browser's own time zone. */
function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When the last dose was: a date and time, or "I'm not sure". */
export function LastDoseField({ draft, update, errorFor }: UseFieldsProps) {
  const t = useT();
  const [max] = useState(() => toLocalInputValue(new Date()));
  return (
    <fieldset className="field group">
      <legend className="field__legend">{t(USE_PATTERN_QUESTION_KEYS.lastDose)}</legend>
      <TextField
        id={USE_FIELD_IDS.lastDose}
        className="field--medium"
        label={t('use.lastDose.label')}
        hint={t('use.lastDose.hint')}
        type="datetime-local"
        max={max}
        value={draft.lastDose}
        disabled={draft.lastDoseNotSure}
        error={errorFor(USE_FIELD_IDS.lastDose)}
        onChange={(lastDose) => {
          update({ lastDose });
        }}
      />
      <SingleCheckbox
        id="use-last-dose-not-sure"
        label={t('use.lastDose.notSure')}
        checked={draft.lastDoseNotSure}
        onChange={(lastDoseNotSure) => {
          update({ lastDoseNotSure });
        }}
      />
    </fieldset>
  );
}
