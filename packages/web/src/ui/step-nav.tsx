import { useT } from '../i18n/use-t';

interface StepNavProps {
  readonly onBack?: (() => void) | undefined;
  /** Label of the submit button; "Next" unless given. */
  readonly nextLabel?: string | undefined;
}

/** Back and Next for a step form. Next submits the form, so Enter in a field also moves on. */
export function StepNav({ onBack, nextLabel }: StepNavProps) {
  const t = useT();
  return (
    <div className="step-nav">
      {onBack === undefined ? null : (
        <button className="button button--secondary" type="button" onClick={onBack}>
          {t('nav.back')}
        </button>
      )}
      <button className="button" type="submit">
        {nextLabel ?? t('nav.next')}
      </button>
    </div>
  );
}
