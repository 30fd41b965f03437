import {
  ZRecoveryChallengeRequest,
  ZSignInResponse,
  ZTotpChallengeRequest,
  type TSignInResponse,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';
import { PageHeading } from '../../../ui/page-heading';

type SignedIn = (response: TSignInResponse) => void;

/** The request every second-step form sends: a code or a recovery code. */
function useChallenge() {
  return useApiMutation(ZSignInResponse, (body: { code: string } | { recoveryCode: string }) => ({
    method: 'POST',
    path: '/api/auth/two-factor/challenge',
    body,
  }));
}

function CodeForm({ onSignedIn }: { readonly onSignedIn: SignedIn }) {
  const t = useT();
  const form = useSchemaForm(ZTotpChallengeRequest, { code: '' });
  const challenge = useChallenge();
  return (
    <SchemaForm
      id="sign-in"
      form={form}
      fields={{ code: t('field.totpCode') }}
      onSubmit={async (body) => {
        onSignedIn(await challenge.mutateAsync(body));
      }}
    >
      <TextField name="code" inputMode="numeric" autoComplete="one-time-code" />
      <div className="button-row">
        <SubmitButton>{t('signIn.verify')}</SubmitButton>
      </div>
    </SchemaForm>
  );
}

function RecoveryForm({ onSignedIn }: { readonly onSignedIn: SignedIn }) {
  const t = useT();
  const form = useSchemaForm(ZRecoveryChallengeRequest, { recoveryCode: '' });
  const challenge = useChallenge();
  return (
    <SchemaForm
      id="sign-in"
      form={form}
      fields={{ recoveryCode: t('field.recoveryCode') }}
      onSubmit={async (body) => {
        onSignedIn(await challenge.mutateAsync(body));
      }}
    >
      <TextField name="recoveryCode" hint={t('signIn.recoveryHint')} autoComplete="one-time-code" />
      <div className="button-row">
        <SubmitButton>{t('signIn.verify')}</SubmitButton>
      </div>
    </SchemaForm>
  );
}

/** The second sign-in step: a 6-digit code from the app, or one recovery code when the phone is lost. */
export function SecondFactorForm({ onSignedIn }: { readonly onSignedIn: SignedIn }) {
  const t = useT();
  const [useRecovery, setUseRecovery] = useState(false);
  return (
    <div className="page">
      <PageHeading>{t('signIn.codeTitle')}</PageHeading>
      <p>{useRecovery ? t('signIn.recoveryIntro') : t('signIn.codeIntro')}</p>
      {useRecovery ? <RecoveryForm onSignedIn={onSignedIn} /> : <CodeForm onSignedIn={onSignedIn} />}
      <div className="button-row">
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            setUseRecovery((value) => !value);
          }}
        >
          {useRecovery ? t('signIn.useApp') : t('signIn.useRecovery')}
        </button>
      </div>
    </div>
  );
}
