import { useT } from '../../i18n/use-t';

const HONEYPOT_ID = 'call-back-hp';

/**
 * The spam trap (the request's `website`): an input people never see, screen readers never announce and
 * the keyboard never reaches, which a form-filling bot fills in. It is not part of the form's own state, so
 * a browser's autofill or a bot filling it changes nothing on screen; the server decides what it means.
 */
export function HoneypotField() {
  const t = useT();
  return (
    <div className="finder-honeypot" aria-hidden="true">
      <label htmlFor={HONEYPOT_ID}>{t('findCare.form.honeypot')}</label>
      <input id={HONEYPOT_ID} name="hp-field" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** @returns What is in the trap when the form is sent: '' for a person. */
export function readHoneypot(): string {
  const input = document.getElementById(HONEYPOT_ID);
  return input instanceof HTMLInputElement ? input.value : '';
}
