import { VITAL_SIGN_FIELDS } from '@kratom-care/domain';
import { ZVitalsRequest, type TVitalsRequest } from '@kratom-care/contracts';
import { useState } from 'react';
import { z } from 'zod';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { localNow, localToIso, toNumber } from '../../ui/form/local-time';
import { Notice } from '../../ui/notice';
import { VITALS_RECORD } from './record-lists';

// The server's own schema, after the local time is read as a real time: the same rules and messages on both
// sides. Its input has the request's shape (takenAt is text either way), so it is typed as the request.
const ZVitalsForm = z.preprocess(
  (input) =>
    typeof input === 'object' && input !== null
      ? { ...input, takenAt: localToIso((input as { takenAt?: unknown }).takenAt) }
      : input,
  ZVitalsRequest,
) as unknown as typeof ZVitalsRequest;

/** Records one set of vitals with the time taken; each problem is shown at its field, the server's too. */
export function VitalsForm({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const [saved, setSaved] = useState(0);
  const path = `/api/patients/${encodeURIComponent(patientId)}/vitals`;
  // Idempotent, a new key per set of vitals: a double submit of the same set is stored once.
  const create = useApiMutation(VITALS_RECORD, (body: TVitalsRequest) => ({ method: 'POST', path, body }), {
    invalidates: [path],
    idempotent: true,
  });
  const form = useSchemaForm(ZVitalsForm, { takenAt: localNow() });
  const fields = {
    takenAt: t('vitals.field.takenAt'),
    heartRate: t('vitals.field.heartRate'),
    systolic: t('vitals.field.systolic'),
    diastolic: t('vitals.field.diastolic'),
    temperature: t('vitals.field.temperature'),
    respiratoryRate: t('vitals.field.respiratoryRate'),
    oxygenSaturation: t('vitals.field.oxygenSaturation'),
  };
  return (
    <section className="workspace-card ws-narrow" aria-labelledby="vitals-form-title">
      <h3 id="vitals-form-title">{t('vitals.formTitle')}</h3>
      <p>{t('vitals.formIntro')}</p>
      {saved > 0 ? (
        <Notice tone="success" live>
          <p>{t('vitals.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="vitals"
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          setSaved((value) => value + 1);
          form.reset({ takenAt: localNow() });
        }}
      >
        <TextField name="takenAt" type="datetime-local" />
        <div className="workspace-grid">
          {VITAL_SIGN_FIELDS.map((name) => (
            <TextField
              key={name}
              name={name}
              optional
              toValue={toNumber}
              inputMode={name === 'temperature' ? 'decimal' : 'numeric'}
            />
          ))}
        </div>
        <div className="button-row">
          <SubmitButton>{t('vitals.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
