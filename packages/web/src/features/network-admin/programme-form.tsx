import { LEVELS_OF_CARE, MEDICATIONS_OFFERED, PAYERS, POPULATIONS, SERVICES } from '@kratom-care/domain';
import { ZNetworkProgramme, type TCreateProgrammeRequest, type TNetworkProgramme } from '@kratom-care/contracts';
import { useMemo, useState } from 'react';
import { asApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import {
  BooleanField,
  CheckboxesField,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../ui/form';
import { facilityPaths } from './network-paths';
import { EMPTY_PROGRAMME, programmeFormValues, ZProgrammeForm } from './programme-values';

interface ProgrammeFormProps {
  readonly facilityId: string;
  /** The programme to edit; a new one when left out. */
  readonly programme?: TNetworkProgramme;
  readonly onSaved: (saved: TNetworkProgramme) => void;
  readonly onCancel: () => void;
}

/** A vocabulary as checkbox or select options, labelled from the domain's care-network catalogue. */
function options(t: (key: string) => string, kind: string, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`careNetwork.${kind}.${value}`) }));
}

/**
 * Adds or edits one programme: level of care, medications (methadone only with the OTP box), kratom
 * experience and testing, who it serves, services, payers with the named insurers, capacity and the next
 * intake date. An edit sends `If-Match`; a 412 says someone else saved it first.
 */
export function ProgrammeForm({ facilityId, programme, onSaved, onCancel }: ProgrammeFormProps) {
  const t = useT();
  const [stale, setStale] = useState(false);
  // The version this form was filled from: a refetch meanwhile must not make its If-Match claim a newer one.
  const [version] = useState(programme?.version);
  const paths = facilityPaths(facilityId);
  const save = useApiMutation(
    ZNetworkProgramme,
    (body: TCreateProgrammeRequest) =>
      programme === undefined
        ? { method: 'POST', path: paths.programmes, body }
        : {
            method: 'PATCH',
            path: paths.programme(programme.id),
            body,
            headers: { 'If-Match': `"${String(version)}"` },
          },
    { invalidates: paths.changed, idempotent: programme === undefined },
  );
  const form = useSchemaForm(
    ZProgrammeForm,
    programme === undefined ? EMPTY_PROGRAMME : programmeFormValues(programme),
  );
  const id = programme === undefined ? 'programme-new' : `programme-${programme.id}`;
  const fields = useMemo(
    () => ({
      name: { label: t('programme.field.name'), messages: { too_small: t('validation.required') } },
      levelOfCare: { label: t('programme.field.levelOfCare'), messages: { invalid_value: t('validation.choose') } },
      medications: t('programme.field.medications'),
      otp: t('programme.field.otp'),
      kratomExperience: t('programme.field.kratomExperience'),
      kratomTesting: t('programme.field.kratomTesting'),
      populations: t('programme.field.populations'),
      services: t('programme.field.services'),
      payers: t('programme.field.payers'),
      commercialInsurers: t('programme.field.commercialInsurers'),
      capacityAvailable: t('programme.field.capacityAvailable'),
      nextIntakeDate: t('programme.field.nextIntakeDate'),
      verified: t('programme.field.verified'),
    }),
    [t],
  );
  return (
    <section className="net-programme-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {programme === undefined ? t('programme.addTitle') : t('programme.editTitle', { name: programme.name })}
      </h3>
      {stale ? (
        <div className="error-summary" role="alert">
          <p>{t('programme.stale')}</p>
          <button className="button button--secondary" type="button" onClick={onCancel}>
            {t('programme.closeStale')}
          </button>
        </div>
      ) : null}
      <SchemaForm
        id={id}
        className="net-columns"
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          let saved: TNetworkProgramme;
          try {
            saved = await save.mutateAsync(body);
          } catch (error) {
            if (asApiError(error).status === 412) {
              setStale(true);
              return;
            }
            throw error;
          }
          onSaved(saved);
        }}
      >
        <TextField name="name" hint={t('programme.nameHint')} />
        <SelectField name="levelOfCare" placeholder={t('field.choose')} options={options(t, 'level', LEVELS_OF_CARE)} />
        <CheckboxesField name="medications" options={options(t, 'medication', MEDICATIONS_OFFERED)} />
        <BooleanField name="otp" />
        <p className="field__hint net-after-choice">{t('programme.otpHint')}</p>
        <fieldset className="net-group">
          <legend>{t('programme.group.kratom')}</legend>
          <BooleanField name="kratomExperience" />
          <BooleanField name="kratomTesting" />
        </fieldset>
        <CheckboxesField name="populations" options={options(t, 'population', POPULATIONS)} />
        <CheckboxesField name="services" options={options(t, 'service', SERVICES)} />
        <CheckboxesField name="payers" options={options(t, 'payer', PAYERS)} />
        <TextField name="commercialInsurers" hint={t('programme.insurersHint')} />
        <div className="net-row">
          <TextField name="capacityAvailable" inputMode="numeric" hint={t('programme.capacityHint')} />
          <TextField name="nextIntakeDate" type="date" hint={t('programme.intakeHint')} />
        </div>
        <BooleanField name="verified" />
        <div className="button-row">
          <SubmitButton>{programme === undefined ? t('programme.add') : t('programme.save')}</SubmitButton>
          <button className="button button--secondary" type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </SchemaForm>
    </section>
  );
}
