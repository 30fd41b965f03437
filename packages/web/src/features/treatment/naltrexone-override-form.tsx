import { ZNaltrexoneOverrideRequest, type TNaltrexoneOverrideRequest } from '@kratom-care/contracts';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { useSession } from '../account/session/session-context';
import { OVERRIDE_RECORD, medicationPaths } from './medication-lists';

interface OverrideFormProps {
  readonly patientId: string;
  readonly orderId: string;
  readonly onDone: () => void;
}

/**
 * The clinician's override of a naltrexone washout block for one order, with the reason (a blank one is
 * refused at the field, here and by the server). The panel then shows the override, who and why, and
 * keeps the precipitated-withdrawal warning (clinical reference §7 (d), Appendix C.2.5).
 */
export function NaltrexoneOverrideForm({ patientId, orderId, onDone }: OverrideFormProps) {
  const t = useT();
  const { session } = useSession();
  const paths = medicationPaths(patientId);
  const create = useApiMutation(
    OVERRIDE_RECORD,
    (body: TNaltrexoneOverrideRequest) => ({ method: 'POST', path: paths.overrides(orderId), body }),
    { invalidates: [paths.panel, paths.overrides(orderId)], idempotent: true },
  );
  const form = useSchemaForm(ZNaltrexoneOverrideRequest, { reason: '', overriddenBy: session?.user.name ?? '' });
  const id = `override-${orderId}`;
  return (
    <section className="ws-narrow" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('meds.override.title')}</h5>
      <p>{t('meds.override.intro')}</p>
      <SchemaForm
        id={id}
        form={form}
        fields={{ reason: t('meds.override.reason'), overriddenBy: t('meds.override.by') }}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          onDone();
        }}
      >
        <TextField name="reason" multiline />
        <TextField name="overriddenBy" autoComplete="name" />
        <div className="button-row">
          <SubmitButton>{t('meds.override.submit')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('meds.override.cancel')}
          </button>
        </div>
      </SchemaForm>
    </section>
  );
}
