import type { RefObject } from 'react';
import { useT } from '../../i18n/use-t';

/**
 * The spam trap (the request's `website`): an input people never see, screen readers never announce and
 * the keyboard never reaches, which a form-filling bot fills in. It is not part of the form's own state, so
 * a browser's autofill or a bot filling it changes nothing on screen; the server decides what it means.
 */
export function HoneypotField({ inputRef }: { readonly inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  return (
    <div className="finder-honeypot" aria-hidden="true">
      <label htmlFor="call-back-hp">{t('findCare.form.honeypot')}</label>
      <input
        ref={inputRef}
        id="call-back-hp"
        name="hp-field"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  );
}
