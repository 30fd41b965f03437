import type { RedFlag } from '@kratom-care/domain';
import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/use-t';
import { FieldMessages, describedBy } from '../../../ui/field-messages';
import { scrollIntoView } from '../../../ui/scroll-into-view';
import { EmergencySteps } from './emergency-steps';

export const ACKNOWLEDGE_ID = 'red-flag-acknowledge';

interface EmergencyPanelProps {
  readonly flags: readonly RedFlag[];
  readonly acknowledged: boolean;
  readonly error: string | undefined;
  readonly onAcknowledge: (acknowledged: boolean) => void;
}

/**
 * The emergency action, shown above the questions the moment a red flag is answered yes, and announced.
 * The person confirms they have read it before the check goes on.
 */
export function EmergencyPanel({ flags, acknowledged, error, onAcknowledge }: EmergencyPanelProps) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const mostUrgent = flags[0]?.id;

  useEffect(() => {
    // Bring a newly more urgent action into view: on a phone the top of the page may be off screen.
    if (ref.current !== null) {
      scrollIntoView(ref.current, 'start');
    }
  }, [mostUrgent]);

  return (
    <section className="emergency" ref={ref} aria-labelledby="emergency-title">
      <div role="alert">
        <h2 className="emergency__title" id="emergency-title">
          {t('emergency.title')}
        </h2>
        <EmergencySteps flags={flags} level="h3" />
      </div>
      <div className={error === undefined ? 'field checkbox-field' : 'field checkbox-field field--error'}>
        <FieldMessages id={ACKNOWLEDGE_ID} error={error} />
        <div className="choice">
          <input
            className="choice__input"
            type="checkbox"
            id={ACKNOWLEDGE_ID}
            checked={acknowledged}
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={describedBy(ACKNOWLEDGE_ID, undefined, error)}
            onChange={(event) => {
              onAcknowledge(event.currentTarget.checked);
            }}
          />
          <label className="choice__label" htmlFor={ACKNOWLEDGE_ID}>
            {t('emergency.acknowledge')}
          </label>
        </div>
      </div>
    </section>
  );
}
