import {
  CONSENT_CATEGORY_VALUES,
  createConsentRequestSignedBy,
  RECIPIENT_KIND_VALUES,
  ZConsentResponse,
  ZMePatientResponse,
  type TCreateConsentRequest,
} from '@kratom-care/contracts';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { CheckboxesField, RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { useSession } from '../account/session/session-context';

/**
 * A chosen day as the end of that day, local time, so "until 31 March" includes 31 March. A day the
 * browser cannot read is passed on as typed, for the schema to refuse.
 */
function endOfDay(day: string): string {
  const end = new Date(`${day}T23:59:59.999`);
  return Number.isNaN(end.getTime()) ? day : end.toISOString();
}

/** The names the signer may sign with: the account's and, when the record has one, the record's. */
function useSignerNames(): readonly string[] {
  const { session } = useSession();
  const me = useApiQuery(ZMePatientResponse, { path: '/api/me/patient' });
  const self = me.data?.self ?? null;
  return useMemo(
    () => [
      ...(session === null ? [] : [session.user.name]),
      ...(self === null ? [] : [`${self.givenName} ${self.familyName}`]),
    ],
    [session, self],
  );
}

/**
 * Grant a consent: who may receive (a family member by name and email), which kinds of record, why,
 * until when, signed by typing one's full name. Every element 42 CFR §2.31 asks for is a required
 * field, and the form checks with the same schema as the server, including "the signature is your name".
 */
export function GrantConsentForm({ onGranted }: { readonly onGranted: () => void }) {
  const t = useT();
  const names = useSignerNames();
  const schema = useMemo(() => createConsentRequestSignedBy(names), [names]);
  const form = useSchemaForm(schema, { categories: [], purpose: '', attestation: '' });
  const kind = useWatch({ control: form.control, name: 'recipientKind' });
  const grant = useApiMutation(
    ZConsentResponse,
    (body: TCreateConsentRequest) => ({ method: 'POST', path: '/api/me/consents', body }),
    { invalidates: ['/api/me/consents'], idempotent: true },
  );

  return (
    <section aria-labelledby="grant-title">
      <h2 id="grant-title">{t('consents.grantTitle')}</h2>
      <p>{t('consents.grantIntro')}</p>
      <SchemaForm
        id="consent"
        form={form}
        fields={{
          recipientKind: {
            label: t('consents.field.recipientKind'),
            messages: { invalid_value: t('validation.choose') },
          },
          recipientName: kind === 'family-user' ? t('consents.field.familyName') : t('consents.field.recipientName'),
          recipientEmail: t('consents.field.recipientEmail'),
          categories: t('consents.field.categories'),
          purpose: t('consents.field.purpose'),
          expiresAt: { label: t('consents.field.expires'), messages: { custom: t('consents.field.expiresRequired') } },
          attestation: t('consents.field.attestation'),
        }}
        onSubmit={async (body) => {
          await grant.mutateAsync(body);
          form.reset();
          onGranted();
        }}
      >
        <RadioField
          name="recipientKind"
          options={RECIPIENT_KIND_VALUES.map((value) => ({ value, label: t(`consents.kind.${value}`) }))}
        />
        {kind === 'family-user' || kind === 'external-provider' ? (
          <TextField key={kind} name="recipientName" autoComplete="off" />
        ) : null}
        {kind === 'family-user' ? (
          <TextField name="recipientEmail" type="email" hint={t('consents.field.recipientEmailHint')} />
        ) : null}
        <CheckboxesField
          name="categories"
          hint={t('consents.field.categoriesHint')}
          options={CONSENT_CATEGORY_VALUES.map((value) => ({ value, label: t(`consents.category.${value}`) }))}
        />
        <TextField name="purpose" hint={t('consents.field.purposeHint')} multiline />
        <TextField name="expiresAt" type="date" hint={t('consents.field.expiresHint')} optional toValue={endOfDay} />
        <TextField name="attestation" hint={t('consents.field.attestationHint')} autoComplete="name" />
        <div className="button-row">
          <SubmitButton>{t('consents.grant')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
