import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useSelfCheck } from '../state/use-self-check';
import { UndoClearNotice } from './undo-clear-notice';

/**
 * "Clear my answers", with a confirmation first (it wipes memory and this device) and an Undo after.
 */
export function ClearAnswers() {
  const t = useT();
  const { clear } = useSelfCheck();
  const [confirming, setConfirming] = useState(false);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const clearButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) {
      promptRef.current?.focus();
    }
  }, [confirming]);

  const close = (): void => {
    setConfirming(false);
    clearButtonRef.current?.focus();
  };

  return (
    <div className="clear-answers">
      <button
        ref={clearButtonRef}
        className="button button--secondary"
        type="button"
        aria-expanded={confirming}
        aria-controls="clear-confirm"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('clear.button')}
      </button>
      {confirming ? (
        <div
          id="clear-confirm"
          className="notice notice--warning clear-answers__confirm"
          role="group"
          aria-labelledby="clear-confirm-text"
        >
          <p id="clear-confirm-text" ref={promptRef} tabIndex={-1}>
            {t('clear.confirmText')}
          </p>
          <div className="button-row">
            <button
              className="button button--danger"
              type="button"
              onClick={() => {
                clear();
                close();
              }}
            >
              {t('clear.confirm')}
            </button>
            <button className="button button--secondary" type="button" onClick={close}>
              {t('clear.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <UndoClearNotice />
    </div>
  );
}
