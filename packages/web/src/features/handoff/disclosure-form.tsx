import {
  ZCreateSummaryDisclosureRequest,
  ZListConsentsResponse,
  ZRecordId,
  ZSummaryDisclosureResponse,
  type TConsent,
  type TSummaryDisclosureResponse,
} from '@kratom-care/contracts';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { SchemaForm, SelectField, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { QueryState } from '../workspace/page-states';

/** The form asks for the consent and the purpose; the recipient is the one the chosen consent names. */
const ZDisclosureForm = ZCreateSummaryDisclosureRequest.omit({ recipient: true, consentId: true }).extend({
  consentId: ZRecordId,
});

/** A consent the summary can go out under: in force and naming an outside provider. */
function canSendUnder(consent: TConsent): boolean {
  return consent.state === 'active' && consent.recipientKind === 'external-provider' && consent.recipientName !== null;
}

interface DisclosureFormProps {
  readonly patientId: string;
  /** Called with the disclosed summary once the disclosure is recorded. */
  readonly onSent: (sent: TSummaryDisclosureResponse) => void;
}

/**
 * Sends the hand-off summary to an outside provider: the clinician picks one of the patient's
 * consents in force that names an outside provider and says why. The server fills only the sections
 * that consent covers and records the disclosure (42 CFR §2.31–§2.33); without such a consent there is
 * nothing to choose, and the page says how the patient gives one.
 */
export function DisclosureForm({ patientId, onSent }: DisclosureFormProps) {
  const { t, formatDateTime } = useI18n();
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  const consents = useApiQuery(ZListConsentsResponse, { path: `${base}/consents`, query: { limit: 100 } });
  const send = useApiMutation(
    ZSummaryDisclosureResponse,
    (body: { recipient: string; purpose: string; consentId: string }) => ({
      method: 'POST',
      path: `${base}/summary/disclosures`,
      body,
    }),
    { idempotent: true },
  );
  const form = useSchemaForm(ZDisclosureForm, { purpose: '' });
  const usable = (consents.data?.items ?? []).filter(canSendUnder);
  const label = (consent: TConsent) =>
    t('handoff.send.consentOption', {
      recipient: consent.recipientName ?? '',
      categories: consent.categories.map((category) => t(`consents.category.${category}`)).join(', '),
      until:
        consent.expiresAt === null
          ? (consent.expiryEvent ?? '')
          : formatDateTime(new Date(consent.expiresAt), { dateStyle: 'medium' }),
    });
  return (
    <section className="workspace-card ws-narrow" aria-labelledby="handoff-send-title">
      <h3 id="handoff-send-title">{t('handoff.send.title')}</h3>
      <QueryState
        query={{ ...consents, data: consents.data === undefined ? undefined : usable }}
        emptyText={t('handoff.send.none')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <p>{t('handoff.send.intro')}</p>
            <SchemaForm
              id="handoff-send"
              form={form}
              fields={{ consentId: t('handoff.send.consent'), purpose: t('handoff.send.purpose') }}
              onSubmit={async (values) => {
                const consent = items.find((candidate) => candidate.id === values.consentId);
                const sent = await send.mutateAsync({ ...values, recipient: consent?.recipientName ?? '' });
                form.reset({ purpose: '' });
                onSent(sent);
              }}
            >
              <SelectField
                name="consentId"
                placeholder={t('handoff.send.chooseConsent')}
                options={items.map((consent) => ({ value: consent.id, label: label(consent) }))}
              />
              <TextField name="purpose" hint={t('handoff.send.purposeHint')} />
              <div className="button-row">
                <SubmitButton>{t('handoff.send.submit')}</SubmitButton>
              </div>
            </SchemaForm>
          </>
        )}
      </QueryState>
    </section>
  );
}
