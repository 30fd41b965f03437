import {
  ZSessionView,
  ZTwoFactorEnrollRequest,
  ZTwoFactorEnrollResponse,
  ZTwoFactorVerifyRequest,
  type TTwoFactorEnrollResponse,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';
import { Notice } from '../../../ui/notice';
import { useSession } from '../session/session-context';
import { EnrolmentSecret } from './enrolment-secret';

/** Step 0: the password again, so a borrowed unlocked screen cannot add someone else's phone. */
function EnrolForm({ onEnrolled }: { readonly onEnrolled: (enrolment: TTwoFactorEnrollResponse) => void }) {
  const t = useT();
  const form = useSchemaForm(ZTwoFactorEnrollRequest, { password: '' });
  const enrol = useApiMutation(ZTwoFactorEnrollResponse, (body: { password: string }) => ({
    method: 'POST',
    path: '/api/auth/two-factor/enroll',
    body,
  }));
  return (
    <SchemaForm
      id="enroll"
      form={form}
      fields={{ password: t('field.password') }}
      onSubmit={async (body) => {
        onEnrolled(await enrol.mutateAsync(body));
      }}
    >
      <TextField name="password" hint={t('twoFactor.passwordHint')} type="password" autoComplete="current-password" />
      <div className="button-row">
        <SubmitButton>{t('twoFactor.start')}</SubmitButton>
      </div>
    </SchemaForm>
  );
}

/** Step 3: a first code proves the app holds the key. */
function VerifyForm({ onVerified }: { readonly onVerified: () => void }) {
  const t = useT();
  const { setSession } = useSession();
  const form = useSchemaForm(ZTwoFactorVerifyRequest, { code: '' });
  const verify = useApiMutation(ZSessionView, (body: { code: string }) => ({
    method: 'POST',
    path: '/api/auth/two-factor/verify',
    body,
  }));
  return (
    <SchemaForm
      id="enroll"
      form={form}
      fields={{ code: t('field.totpCode') }}
      onSubmit={async (body) => {
        const session = await verify.mutateAsync(body);
        onVerified();
        setSession(session);
      }}
    >
      <TextField name="code" hint={t('twoFactor.codeHint')} inputMode="numeric" autoComplete="one-time-code" />
      <div className="button-row">
        <SubmitButton>{t('twoFactor.verify')}</SubmitButton>
      </div>
    </SchemaForm>
  );
}

/**
 * Setting up an authenticator app: confirm the password, scan the QR code (or type the key) and keep
 * the recovery codes (shown this once), then prove it with a first code.
 */
export function TwoFactorSection() {
  const t = useT();
  const { session } = useSession();
  const [enrolment, setEnrolment] = useState<TTwoFactorEnrollResponse | null>(null);
  const [justEnabled, setJustEnabled] = useState(false);

  if (session === null) {
    return null;
  }
  if (session.secondFactorEnabled) {
    return (
      <section aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
        <Notice tone="success" live={justEnabled}>
          <p>{t('twoFactor.on')}</p>
        </Notice>
      </section>
    );
  }
  return (
    <section aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
      <p>{session.isStaff ? t('twoFactor.introStaff') : t('twoFactor.intro')}</p>
      {enrolment === null ? (
        <EnrolForm onEnrolled={setEnrolment} />
      ) : (
        <>
          <EnrolmentSecret enrolment={enrolment} />
          <VerifyForm
            onVerified={() => {
              setJustEnabled(true);
              setEnrolment(null);
            }}
          />
        </>
      )}
    </section>
  );
}
