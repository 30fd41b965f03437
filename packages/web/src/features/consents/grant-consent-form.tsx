import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import {
  CONSENT_CATEGORY_VALUES as CONSENT_CATEGORIES,
  RECIPIENT_KIND_VALUES as RECIPIENT_KINDS,
  ZConsentResponse,
  type TConsentCategory as ConsentCategory,
  type TRecipientKind as RecipientKind,
} from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { ChoiceGroup } from '../../ui/choice-group';
import { FormErrors } from '../account/form/form-errors';
import { InputField } from '../account/form/input-field';
import { useFormErrors } from '../account/form/use-form-errors';
import { check, collect } from '../account/form/validators';
import { ActionForm } from '../account/form/action-form';

const FIELDS = {
  recipientKind: 'consent-recipient-kind',
  recipientEmail: 'consent-recipient-email',
  recipientName: 'consent-recipient-name',
  categories: 'consent-categories',
  purpose: 'consent-purpose',
  expiresAt: 'consent-expires',
  attestation: 'consent-attestation',
} as const;

const EMPTY = { recipientEmail: '', recipientName: '', purpose: '', expiresAt: '', attestation: '' };

/**
 * Grant a consent: who may receive, which kinds of record, why, until when, signed by typing one's
 * full name. Every element 42 CFR §2.31 asks for is a required field.
 */
export function GrantConsentForm({ onGranted }: { readonly onGranted: () => void }) {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const [kind, setKind] = useState<RecipientKind | undefined>(undefined);
  const [categories, setCategories] = useState<ConsentCategory[]>([]);
  const [values, setValues] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof EMPTY) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };
  const labels = {
    [FIELDS.recipientKind]: t('consents.field.recipientKind'),
    [FIELDS.recipientEmail]: t('consents.field.recipientEmail'),
    [FIELDS.recipientName]: t('consents.field.recipientName'),
    [FIELDS.categories]: t('consents.field.categories'),
    [FIELDS.purpose]: t('consents.field.purpose'),
    [FIELDS.expiresAt]: t('consents.field.expires'),
    [FIELDS.attestation]: t('consents.field.attestation'),
  };

  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({
        [FIELDS.recipientKind]: kind === undefined ? t('validation.choose') : undefined,
        [FIELDS.recipientEmail]: kind === 'family-user' ? check.email(t, values.recipientEmail) : undefined,
        [FIELDS.recipientName]: kind === 'external-provider' ? check.required(t, values.recipientName) : undefined,
        [FIELDS.categories]: categories.length === 0 ? t('validation.chooseOne') : undefined,
        [FIELDS.purpose]: check.required(t, values.purpose),
        [FIELDS.expiresAt]: check.required(t, values.expiresAt),
        [FIELDS.attestation]: check.required(t, values.attestation),
      }),
    );
    if (!ok || kind === undefined) {
      return;
    }
    setBusy(true);
    try {
      await api.request(
        {
          method: 'POST',
          path: '/api/me/consents',
          body: {
            recipientKind: kind,
            ...(kind === 'family-user' ? { recipientEmail: values.recipientEmail.trim() } : {}),
            ...(kind === 'external-provider' ? { recipientName: values.recipientName.trim() } : {}),
            categories,
            purpose: values.purpose.trim(),
            // The end of the chosen day, so "until 31 March" includes 31 March.
            expiresAt: new Date(`${values.expiresAt}T23:59:59.999`).toISOString(),
            attestation: values.attestation.trim(),
          },
        },
        ZConsentResponse,
      );
      setKind(undefined);
      setCategories([]);
      setValues(EMPTY);
      form.clear();
      onGranted();
    } catch (error) {
      form.fail(error, (path) => {
        const name = path.split('.')[0] ?? '';
        return name in FIELDS ? FIELDS[name as keyof typeof FIELDS] : undefined;
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="grant-title">
      <h2 id="grant-title">{t('consents.grantTitle')}</h2>
      <p>{t('consents.grantIntro')}</p>
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <ChoiceGroup
          id={FIELDS.recipientKind}
          legend={labels[FIELDS.recipientKind]}
          options={RECIPIENT_KINDS.map((value) => ({ value, label: t(`consents.kind.${value}`) }))}
          value={kind}
          onChange={setKind}
          error={form.errors[FIELDS.recipientKind]}
        />
        {kind === 'family-user' ? (
          <InputField
            id={FIELDS.recipientEmail}
            label={labels[FIELDS.recipientEmail]}
            hint={t('consents.field.recipientEmailHint')}
            type="email"
            value={values.recipientEmail}
            onChange={set('recipientEmail')}
            error={form.errors[FIELDS.recipientEmail]}
          />
        ) : null}
        {kind === 'external-provider' ? (
          <InputField
            id={FIELDS.recipientName}
            label={labels[FIELDS.recipientName]}
            value={values.recipientName}
            onChange={set('recipientName')}
            error={form.errors[FIELDS.recipientName]}
          />
        ) : null}
        <CheckboxGroup
          id={FIELDS.categories}
          legend={labels[FIELDS.categories]}
          hint={t('consents.field.categoriesHint')}
          options={CONSENT_CATEGORIES.map((value) => ({ value, label: t(`consents.category.${value}`) }))}
          values={categories}
          onToggle={(value, checked) => {
            setCategories((current) => (checked ? [...current, value] : current.filter((item) => item !== value)));
          }}
          error={form.errors[FIELDS.categories]}
        />
        <InputField
          id={FIELDS.purpose}
          label={labels[FIELDS.purpose]}
          hint={t('consents.field.purposeHint')}
          multiline
          value={values.purpose}
          onChange={set('purpose')}
          error={form.errors[FIELDS.purpose]}
        />
        <InputField
          id={FIELDS.expiresAt}
          label={labels[FIELDS.expiresAt]}
          hint={t('consents.field.expiresHint')}
          type="date"
          value={values.expiresAt}
          onChange={set('expiresAt')}
          error={form.errors[FIELDS.expiresAt]}
        />
        <InputField
          id={FIELDS.attestation}
          label={labels[FIELDS.attestation]}
          hint={t('consents.field.attestationHint')}
          autoComplete="name"
          value={values.attestation}
          onChange={set('attestation')}
          error={form.errors[FIELDS.attestation]}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('consents.grant')}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}
