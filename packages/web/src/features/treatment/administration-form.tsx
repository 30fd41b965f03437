import { ZAdministrationRequest, type TAdministrationRequest, type TMedication } from '@kratom-care/contracts';
import { useState } from 'react';
import { z } from 'zod';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { useSession } from '../account/session/session-context';
import { localNow, withIsoTimes } from '../../ui/form/local-time';
import { DoseFields } from './dose-fields';
import { ADMINISTRATION_RECORD, medicationPaths } from './medication-lists';

const ZGivenForm = z.preprocess(
  (input) => withIsoTimes(input, ['givenAt']),
  ZAdministrationRequest,
) as unknown as typeof ZAdministrationRequest;

/**
 * Records one dose given under an order: dose, unit, route, time and who gave it. The server checks the
 * dose against the order's medicine (a unit it is not recorded in is a 400 at the unit field).
 */
export function AdministrationForm({ patientId, order }: { readonly patientId: string; readonly order: TMedication }) {
  const t = useT();
  const { session } = useSession();
  const paths = medicationPaths(patientId);
  const [saved, setSaved] = useState(0);
  const create = useApiMutation(
    ADMINISTRATION_RECORD,
    (body: TAdministrationRequest) => ({ method: 'POST', path: paths.given(order.id), body }),
    { invalidates: [paths.given(order.id), paths.panel, paths.monitoring], idempotent: true },
  );
  const defaults = () => ({
    dose: order.dose,
    unit: order.unit,
    route: order.route,
    givenAt: localNow(),
    givenBy: session?.user.name ?? '',
  });
  const form = useSchemaForm(ZGivenForm, defaults());
  const id = `given-${order.id}`;
  return (
    <section className="ws-narrow" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('meds.given.formTitle')}</h5>
      {saved > 0 ? (
        <Notice tone="success" live>
          <p>{t('meds.given.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id={id}
        form={form}
        fields={{
          dose: t('meds.given.dose'),
          unit: t('meds.given.unit'),
          route: t('meds.given.route'),
          givenAt: t('meds.given.givenAt'),
          givenBy: t('meds.given.givenBy'),
        }}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          setSaved((value) => value + 1);
          form.reset(defaults());
        }}
      >
        <DoseFields />
        <TextField name="givenAt" type="datetime-local" />
        <TextField name="givenBy" autoComplete="name" />
        <div className="button-row">
          <SubmitButton>{t('meds.given.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
