import { useState } from 'react';
import type { TTwoFactorEnrollResponse as TwoFactorEnrollResponse } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';
import { QrCode } from './qr-code';
import { RecoveryCodes } from './recovery-codes';

/**
 * @param totpUri - The `otpauth://` URI.
 * @returns Its `secret` parameter (the key people type into the app), or the empty string.
 */
export function secretOf(totpUri: string): string {
  try {
    return new URL(totpUri).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}

/** The key for the authenticator app (as text, with a copy button) and the one-time recovery codes. */
export function EnrolmentSecret({ enrolment }: { readonly enrolment: TwoFactorEnrollResponse }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const secret = secretOf(enrolment.totpUri);
  return (
    <>
      <h3>{t('twoFactor.step1')}</h3>
      <p>{t('twoFactor.qrIntro')}</p>
      <div className="enrolment-qr">
        <QrCode value={enrolment.totpUri} label={t('twoFactor.qrLabel')} />
      </div>
      <p>{t('twoFactor.secretIntro')}</p>
      <p className="workspace-secret">
        <span>{t('twoFactor.secretLabel')} </span>
        <code>{secret}</code>
      </p>
      <div className="button-row">
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            void navigator.clipboard.writeText(secret).then(() => {
              setCopied(true);
            });
          }}
        >
          {t('twoFactor.copy')}
        </button>
      </div>
      <p role="status">{copied ? t('twoFactor.copied') : ''}</p>
      <details>
        <summary>{t('twoFactor.uriLabel')}</summary>
        <p className="workspace-secret">
          <code>{enrolment.totpUri}</code>
        </p>
      </details>
      <h3>{t('twoFactor.step2')}</h3>
      <p>{t('twoFactor.recoveryIntro')}</p>
      <RecoveryCodes codes={enrolment.recoveryCodes} />
      <h3>{t('twoFactor.step3')}</h3>
    </>
  );
}
