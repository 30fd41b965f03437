import {
  ZCreatePatientRequest,
  ZListFacilitiesResponse,
  ZPatientResponse,
  type TCreatePatientRequest,
} from '@kratom-care/contracts';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { useSession } from '../account/session/session-context';
import { QueryState } from '../workspace/page-states';

function NewPatientForm({ facilities }: { readonly facilities: readonly { id: string; name: string }[] }) {
  const t = useT();
  const navigate = useNavigate();
  // Idempotent: a retried submit (double click, network blip) cannot create the patient twice.
  const create = useApiMutation(
    ZPatientResponse,
    (body: TCreatePatientRequest) => ({ method: 'POST', path: '/api/patients', body }),
    { invalidates: ['/api/patients'], idempotent: true },
  );
  const only = facilities.length === 1 ? facilities[0] : undefined;
  const form = useSchemaForm(ZCreatePatientRequest, {
    ...(only === undefined ? {} : { facilityId: only.id }),
    givenName: '',
    familyName: '',
  });
  const fields = {
    facilityId: t('newPatient.facility'),
    givenName: t('newPatient.givenName'),
    familyName: t('newPatient.familyName'),
    birthDate: t('newPatient.birthDate'),
    email: t('newPatient.email'),
    phone: t('newPatient.phone'),
  };
  return (
    <SchemaForm
      id="new-patient"
      form={form}
      fields={fields}
      onSubmit={async (body) => {
        const patient = await create.mutateAsync(body);
        void navigate(`/patients/${encodeURIComponent(patient.id)}`);
      }}
    >
      <RadioField
        name="facilityId"
        options={facilities.map((facility) => ({ value: facility.id, label: facility.name }))}
      />
      <div className="workspace-grid">
        <TextField name="givenName" />
        <TextField name="familyName" />
      </div>
      <TextField name="birthDate" type="date" optional />
      <div className="workspace-grid">
        <TextField name="email" type="email" inputMode="email" optional />
        <TextField name="phone" type="text" inputMode="tel" optional />
      </div>
      <div className="button-row">
        <SubmitButton>{t('newPatient.submit')}</SubmitButton>
      </div>
    </SchemaForm>
  );
}

function NewPatient() {
  const t = useT();
  const { session } = useSession();
  const facilities = useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 100 } });
  // Only facilities where this person may create patients (as clinician or admissions staff).
  const allowed = new Set(
    (session?.roles ?? [])
      .filter((membership) => membership.role === 'clinician' || membership.role === 'admissions')
      .map((membership) => membership.facilityId),
  );
  return (
    <div className="page">
      <PageHeading>{t('newPatient.title')}</PageHeading>
      <p>{t('newPatient.intro')}</p>
      <QueryState
        query={facilities}
        emptyText={t('newPatient.noFacility')}
        isEmpty={(data) => data.items.every((facility) => !allowed.has(facility.id))}
      >
        {(data) => <NewPatientForm facilities={data.items.filter((facility) => allowed.has(facility.id))} />}
      </QueryState>
    </div>
  );
}

/** `/patients/new`: the create-patient form; the new chart opens after saving. */
export function NewPatientPage() {
  return (
    <RequireSession roles={['clinician', 'admissions']}>
      <NewPatient />
    </RequireSession>
  );
}
