import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { ChoiceGroup } from './choice-group';
import { YES_NO_ORDER, toYesNo, type YesNo } from './yes-no';

interface YesNoGroupProps {
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly value: boolean | undefined;
  readonly onChange: (yes: boolean) => void;
  /** The words, when a published instrument has its own; default "Yes" and "No". */
  readonly labels?: Readonly<Record<YesNo, string>>;
}

/** Every yes/no question of the self-check: two radios side by side, always in {@link YES_NO_ORDER}. */
export function YesNoGroup({ labels, value, onChange, ...props }: YesNoGroupProps) {
  const t = useT();
  const words = labels ?? { yes: t('answer.yes'), no: t('answer.no') };
  return (
    <ChoiceGroup
      {...props}
      options={YES_NO_ORDER.map((answer) => ({ value: answer, label: words[answer] }))}
      inline
      value={toYesNo(value)}
      onChange={(answer) => {
        onChange(answer === 'yes');
      }}
    />
  );
}
