import { ZUpdateInquiryRequest, type TInquiryDetail } from '@kratom-care/contracts';
import { INQUIRY_STATUSES, inquiryMoveProblem, type InquiryStatus } from '@kratom-care/domain';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useInquiryChange, type OnStale } from './use-inquiry-change';

/**
 * @param from - The status now.
 * @returns The statuses a coordinator may move the request to here, in pipeline order. "Referred out"
 *   is left out: the referral form sets it, as it also records what was shared with whom.
 */
export function nextStatuses(from: InquiryStatus): InquiryStatus[] {
  // Any non-empty reason: whether closing needs one is the form's own check, beside the reason field.
  return INQUIRY_STATUSES.filter((to) => to !== 'referred-out' && inquiryMoveProblem(from, to, 'reason') === undefined);
}

/** The change with the status required (the contract leaves it optional, as a PATCH may change other parts). */
const ZStatusChange = ZUpdateInquiryRequest.superRefine((body, context) => {
  if (body.status === undefined) {
    context.addIssue({ code: 'custom', path: ['status'], message: 'Choose the next status' });
  }
});

/**
 * The status control: only the moves the pipeline allows from here (forward, skipping a step that does
 * not apply; admitted only after an assessment was scheduled), and a reason when closing. An ended
 * request says how it ended instead.
 */
export function StatusForm({ inquiry, onStale }: { readonly inquiry: TInquiryDetail; readonly onStale: OnStale }) {
  const t = useT();
  const change = useInquiryChange(inquiry, onStale);
  const [saved, setSaved] = useState<InquiryStatus | null>(null);
  const form = useSchemaForm(ZStatusChange, {});
  const next = nextStatuses(inquiry.status);
  const closing = form.watch('status') === 'closed';
  return (
    <section className="ws-section" aria-labelledby="inquiry-status-title">
      <h2 id="inquiry-status-title">{t('admissions.statusSection.title')}</h2>
      <p>{t('admissions.statusSection.now', { status: t(`admissions.status.${inquiry.status}`) })}</p>
      {inquiry.closeReason === null ? null : (
        <p>{t('admissions.statusSection.closeReason', { reason: inquiry.closeReason })}</p>
      )}
      {saved === null ? null : (
        <Notice tone="success" live>
          <p>{t('admissions.statusSection.saved', { status: t(`admissions.status.${saved}`) })}</p>
        </Notice>
      )}
      {next.length === 0 ? (
        <p>{t('admissions.statusSection.ended')}</p>
      ) : (
        <SchemaForm
          id="inquiry-status"
          form={form}
          fields={{
            status: {
              label: t('admissions.statusSection.next'),
              messages: { custom: t('admissions.statusSection.choose') },
            },
            closeReason: t('admissions.statusSection.reason'),
          }}
          onSubmit={async (body) => {
            setSaved(null);
            if (await change(body)) {
              setSaved(body.status ?? null);
              form.reset({});
            }
          }}
        >
          <RadioField
            name="status"
            options={next.map((status) => ({ value: status, label: t(`admissions.status.${status}`) }))}
          />
          {closing ? (
            <TextField name="closeReason" multiline optional hint={t('admissions.statusSection.reasonHint')} />
          ) : null}
          <div className="button-row">
            <SubmitButton>{t('admissions.statusSection.save')}</SubmitButton>
          </div>
        </SchemaForm>
      )}
    </section>
  );
}
