import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import { asApiError } from '../../api/api-error';
import { ZFacilityResponse, type TFacility as Facility } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { FormErrors } from '../account/form/form-errors';
import { InputField } from '../account/form/input-field';
import { useFormErrors } from '../account/form/use-form-errors';
import { check, collect } from '../account/form/validators';
import { ActionForm } from '../account/form/action-form';

interface FacilityFormProps {
  /** The facility to edit; a new one when left out. */
  readonly facility?: Facility;
  readonly onSaved: () => void;
  readonly onCancel?: () => void;
  /** After a 412: load the current version. */
  readonly onReload: () => void;
}

/**
 * Creates or edits a facility. Edits send `If-Match` with the version that was shown, so a change
 * someone else saved meanwhile is not overwritten: the server answers 412 and we say so.
 */
export function FacilityForm({ facility, onSaved, onCancel, onReload }: FacilityFormProps) {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const prefix = facility === undefined ? 'facility-new' : `facility-${facility.id}`;
  const ids = { name: `${prefix}-name`, region: `${prefix}-region`, address: `${prefix}-address` };
  const [values, setValues] = useState({
    name: facility?.name ?? '',
    region: facility?.region ?? '',
    address: facility?.address ?? '',
  });
  const [stale, setStale] = useState(false);
  const labels = {
    [ids.name]: t('field.facilityName'),
    [ids.region]: t('field.region'),
    [ids.address]: t('field.address'),
  };
  const set = (name: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
  };

  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({ [ids.name]: check.required(t, values.name), [ids.region]: check.required(t, values.region) }),
    );
    if (!ok) {
      return;
    }
    const body = { name: values.name.trim(), region: values.region.trim(), address: values.address.trim() };
    try {
      await (facility === undefined
        ? api.request({ method: 'POST', path: '/api/facilities', body }, ZFacilityResponse)
        : api.request(
            {
              method: 'PATCH',
              path: `/api/facilities/${encodeURIComponent(facility.id)}`,
              body,
              headers: { 'If-Match': `"${String(facility.version)}"` },
            },
            ZFacilityResponse,
          ));
      if (facility === undefined) {
        setValues({ name: '', region: '', address: '' });
      }
      onSaved();
    } catch (error) {
      if (asApiError(error).status === 412) {
        setStale(true);
        return;
      }
      form.fail(error, (path) => (path in ids ? ids[path as keyof typeof ids] : undefined));
    }
  };

  return (
    <>
      {stale ? (
        <div className="error-summary" role="alert">
          <p>{t('facilities.stale')}</p>
          <button className="button button--secondary" type="button" onClick={onReload}>
            {t('facilities.reload')}
          </button>
        </div>
      ) : null}
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <InputField
          id={ids.name}
          label={labels[ids.name] ?? ''}
          value={values.name}
          onChange={set('name')}
          error={form.errors[ids.name]}
        />
        <InputField
          id={ids.region}
          label={labels[ids.region] ?? ''}
          value={values.region}
          onChange={set('region')}
          error={form.errors[ids.region]}
        />
        <InputField
          id={ids.address}
          label={labels[ids.address] ?? ''}
          hint={t('field.optional')}
          multiline
          value={values.address}
          onChange={set('address')}
          error={form.errors[ids.address]}
        />
        <div className="button-row">
          <button className="button" type="submit">
            {facility === undefined ? t('facilities.create') : t('facilities.save')}
          </button>
          {onCancel === undefined ? null : (
            <button className="button button--secondary" type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </ActionForm>
    </>
  );
}
