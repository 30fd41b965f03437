import {
  ZCreateInquiryActivityRequest,
  ZInquiryActivity,
  type TCreateInquiryActivityRequest,
  type TInquiryActivity,
  type TInquiryDetail,
} from '@kratom-care/contracts';
import { MANUAL_INQUIRY_ACTIVITY_KINDS } from '@kratom-care/domain';
import { useI18n } from '../../i18n/use-t';
import { useApiMutation } from '../../api/use-api-mutation';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { inquiryPath } from './admissions-paths';
import { inquiryReads } from './use-inquiry-change';
import './admissions.css';

/** One line of the log: what happened (a status move names both ends), who, when, and any text. */
function ActivityEntry({ entry }: { readonly entry: TInquiryActivity }) {
  const { t, formatDateTime } = useI18n();
  let what = t(`admissions.activity.kind.${entry.kind}`);
  if (entry.kind === 'status' && entry.toStatus !== null) {
    // The first entry of every log is the submission itself: a status with nothing before it.
    what =
      entry.fromStatus === null
        ? t('admissions.activity.kind.submitted')
        : t('admissions.activity.moved', {
            from: t(`admissions.status.${entry.fromStatus}`),
            to: t(`admissions.status.${entry.toStatus}`),
          });
  }
  return (
    <li>
      <strong>{what}</strong>
      <div className="adm-log__meta">
        {entry.actorName ?? t('admissions.activity.thePerson')} ·{' '}
        <time dateTime={entry.at}>
          {formatDateTime(new Date(entry.at), { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
      </div>
      {entry.text === null || entry.text === '' ? null : <p className="adm-log__text">{entry.text}</p>}
    </li>
  );
}

/**
 * The activity log, newest first (the server keeps it oldest first): every status move, checklist
 * save, referral and conversion, and the calls, messages and notes written here, with a small form to
 * log one. Each entry is a create, so it carries an `Idempotency-Key`: a double click logs one call.
 */
export function ActivityLog({ inquiry }: { readonly inquiry: TInquiryDetail }) {
  const { t } = useI18n();
  const log = useApiMutation(
    ZInquiryActivity,
    (body: TCreateInquiryActivityRequest) => ({ method: 'POST', path: `${inquiryPath(inquiry.id)}/activities`, body }),
    { invalidates: inquiryReads(inquiry), idempotent: true },
  );
  const form = useSchemaForm(ZCreateInquiryActivityRequest, { kind: 'call', text: '' });
  return (
    <section className="ws-section" aria-labelledby="inquiry-activity-title">
      <h2 id="inquiry-activity-title">{t('admissions.activity.title')}</h2>
      <SchemaForm
        id="inquiry-activity"
        form={form}
        fields={{ kind: t('admissions.activity.kindLabel'), text: t('admissions.activity.text') }}
        onSubmit={async (body) => {
          await log.mutateAsync(body);
          form.reset({ kind: body.kind, text: '' });
        }}
      >
        <RadioField
          name="kind"
          options={MANUAL_INQUIRY_ACTIVITY_KINDS.map((kind) => ({
            value: kind,
            label: t(`admissions.activity.kind.${kind}`),
          }))}
        />
        <TextField name="text" multiline hint={t('admissions.activity.textHint')} />
        <div className="button-row">
          <SubmitButton>{t('admissions.activity.add')}</SubmitButton>
        </div>
      </SchemaForm>
      <h3>{t('admissions.activity.history')}</h3>
      <ol className="adm-log" reversed>
        {[...inquiry.activity].reverse().map((entry) => (
          <ActivityEntry key={entry.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
}
