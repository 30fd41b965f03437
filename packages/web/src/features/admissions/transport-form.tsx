import { ZInquiryTransportInput, type TInquiryDetail } from '@kratom-care/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useInquiryChange, type OnStale } from './use-inquiry-change';

/** The transport request: where to pick the person up, on which date, and what they need on the way. */
export function TransportForm({ inquiry, onStale }: { readonly inquiry: TInquiryDetail; readonly onStale: OnStale }) {
  const { t, formatDateTime } = useI18n();
  const change = useInquiryChange(inquiry, onStale);
  const [saved, setSaved] = useState(false);
  const transport = inquiry.transport;
  const form = useSchemaForm(ZInquiryTransportInput, {
    pickupLocation: transport?.pickupLocation ?? '',
    date: transport?.date ?? '',
    needs: transport?.needs ?? '',
  });
  return (
    <section className="ws-section workspace-card" aria-labelledby="inquiry-transport-title">
      <h2 id="inquiry-transport-title">{t('admissions.transport.title')}</h2>
      <p>
        {transport === null
          ? t(inquiry.needs.includes('transport') ? 'admissions.transport.asked' : 'admissions.transport.none')
          : t('admissions.transport.requestedBy', {
              name: transport.requestedBy,
              time: formatDateTime(new Date(transport.requestedAt), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
      </p>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('admissions.transport.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="inquiry-transport"
        form={form}
        fields={{
          pickupLocation: t('admissions.transport.pickup'),
          date: t('admissions.transport.date'),
          needs: t('admissions.transport.needs'),
        }}
        onSubmit={async (values) => {
          setSaved(false);
          if (await change({ transport: values })) {
            setSaved(true);
          }
        }}
      >
        <TextField name="pickupLocation" multiline />
        <TextField name="date" type="date" />
        <TextField name="needs" multiline hint={t('admissions.transport.needsHint')} />
        <div className="button-row">
          <SubmitButton>{t('admissions.transport.save')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
