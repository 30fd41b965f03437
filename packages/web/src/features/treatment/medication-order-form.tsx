import { TREATMENT_DRUGS } from '@kratom-care/domain';
import { ZMedicationRequest, type TMedication, type TMedicationRequest } from '@kratom-care/contracts';
import { useState } from 'react';
import { z } from 'zod';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SelectField, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useSession } from '../account/session/session-context';
import { localNow, toLocalInput, withIsoTimes } from '../../ui/form/local-time';
import { DoseFields } from './dose-fields';
import { MEDICATION_RECORD, medicationPaths } from './medication-lists';

// The server's own schema, after the local time is read as a real time: one set of rules and messages.
const ZOrderForm = z.preprocess(
  (input) => withIsoTimes(input, ['orderedAt']),
  ZMedicationRequest,
) as unknown as typeof ZMedicationRequest;

interface MedicationOrderFormProps {
  readonly patientId: string;
  /** The order being edited (sent back with its version in `If-Match`); absent for a new order. */
  readonly order?: TMedication;
  readonly onDone?: () => void;
}

/**
 * A medication order: a new one (`POST`, with an `Idempotency-Key`) or a change to one (`PUT` with
 * `If-Match`, so a change made meanwhile answers 412 instead of being overwritten). Recording an order
 * is the clinician's own act: the decision-support panel never fills this form.
 */
export function MedicationOrderForm({ patientId, order, onDone }: MedicationOrderFormProps) {
  const t = useT();
  const { session } = useSession();
  const paths = medicationPaths(patientId);
  const [saved, setSaved] = useState(0);
  const invalidates = [paths.orders, paths.panel, paths.monitoring];
  const save = useApiMutation(
    MEDICATION_RECORD,
    (body: TMedicationRequest) =>
      order === undefined
        ? { method: 'POST', path: paths.orders, body }
        : { method: 'PUT', path: paths.order(order.id), body, headers: { 'If-Match': `"${String(order.version)}"` } },
    { invalidates, idempotent: order === undefined },
  );
  const defaults =
    order === undefined
      ? { status: 'active', orderedAt: localNow(), orderedBy: session?.user.name ?? '' }
      : {
          drug: order.drug,
          ...(order.name === undefined ? {} : { name: order.name }),
          dose: order.dose,
          unit: order.unit,
          route: order.route,
          status: order.orderStatus,
          orderedAt: toLocalInput(order.orderedAt),
          orderedBy: order.orderedBy,
        };
  const form = useSchemaForm(ZOrderForm, defaults as Partial<TMedicationRequest>);
  const id = order === undefined ? 'new-order' : `order-${order.id}`;
  const fields = {
    drug: t('meds.form.drug'),
    name: t('meds.form.name'),
    dose: t('meds.form.dose'),
    unit: t('meds.form.unit'),
    route: t('meds.form.route'),
    status: t('meds.form.status'),
    orderedAt: t('meds.form.orderedAt'),
    orderedBy: t('meds.form.orderedBy'),
  };
  return (
    <section className="workspace-card ws-narrow" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{order === undefined ? t('meds.form.newTitle') : t('meds.form.editTitle')}</h3>
      <p>{t('meds.form.intro')}</p>
      {saved > 0 ? (
        <Notice tone="success" live>
          <p>{t('meds.form.saved')}</p>
        </Notice>
      ) : null}
      {save.error?.status === 412 ? (
        <Notice tone="warning" live>
          <p>{t('meds.order.stale')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id={id}
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          await save.mutateAsync(body);
          if (order === undefined) {
            setSaved((value) => value + 1);
            form.reset({ status: 'active', orderedAt: localNow(), orderedBy: session?.user.name ?? '' });
          }
          onDone?.();
        }}
      >
        <SelectField
          name="drug"
          placeholder={t('meds.form.chooseDrug')}
          options={TREATMENT_DRUGS.map((drug) => ({ value: drug, label: t(`meds.drug.${drug}`) }))}
        />
        <TextField name="name" optional />
        <DoseFields />
        <RadioField
          name="status"
          options={(['active', 'stopped'] as const).map((status) => ({
            value: status,
            label: t(`meds.status.${status}`),
          }))}
        />
        <TextField name="orderedAt" type="datetime-local" />
        <TextField name="orderedBy" autoComplete="name" />
        <div className="button-row">
          <SubmitButton>{order === undefined ? t('meds.form.submit') : t('meds.form.save')}</SubmitButton>
          {onDone === undefined ? null : (
            <button type="button" className="button button--secondary" onClick={onDone}>
              {t('meds.order.cancel')}
            </button>
          )}
        </div>
      </SchemaForm>
    </section>
  );
}
