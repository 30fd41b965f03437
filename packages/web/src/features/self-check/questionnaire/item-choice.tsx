import type { InstrumentItem } from '@kratom-care/domain';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import { ChoiceGroup } from '../../../ui/choice-group';
import { YesNoGroup } from '../../../ui/yes-no-group';

interface ItemChoiceProps {
  readonly id: string;
  readonly item: InstrumentItem;
  readonly legend: ReactNode;
  readonly error: string | undefined;
  readonly value: number | undefined;
  readonly onChange: (value: number) => void;
}

// A two-option item scored 0/1 is a no/yes item (the DSM-5 criteria: 0 = no, 1 = yes).
const NO = 0;
const YES = 1;

function isYesNoItem(item: InstrumentItem): boolean {
  const values = item.options.map((option) => option.value);
  return values.length === 2 && values.includes(NO) && values.includes(YES);
}

/**
 * One instrument item as radios with the instrument's own words. A no/yes item is shown like every other
 * yes/no question of the flow (same order, see `YES_NO_ORDER`); a scale keeps its published order.
 */
export function ItemChoice({ id, item, legend, error, value, onChange }: ItemChoiceProps) {
  const t = useT();
  const labelOf = (optionValue: number): string =>
    t(item.options.find((option) => option.value === optionValue)?.labelKey ?? '');
  if (isYesNoItem(item)) {
    return (
      <YesNoGroup
        id={id}
        legend={legend}
        error={error}
        labels={{ yes: labelOf(YES), no: labelOf(NO) }}
        value={value === undefined ? undefined : value === YES}
        onChange={(yes) => {
          onChange(yes ? YES : NO);
        }}
      />
    );
  }
  return (
    <ChoiceGroup
      id={id}
      legend={legend}
      error={error}
      options={item.options.map((option) => ({ value: option.value, label: t(option.labelKey) }))}
      inline={item.options.length <= 2}
      value={value}
      onChange={onChange}
    />
  );
}
