import {
  ZCreateFacilityRequest,
  ZFacilityResponse,
  type TCreateFacilityRequest,
  type TFacility as Facility,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { asApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';

interface FacilityFormProps {
  /** The facility to edit; a new one when left out. */
  readonly facility?: Facility;
  readonly onSaved: () => void;
  readonly onCancel?: () => void;
  /** After a 412: load the current version. */
  readonly onReload: () => void;
}

/**
 * Creates or edits a facility, checked with the create request's schema (an edit sends every field, so
 * the same rules apply). Edits send `If-Match` with the version that was shown, so a change someone else
 * saved meanwhile is not overwritten: the server answers 412 and we say so.
 */
export function FacilityForm({ facility, onSaved, onCancel, onReload }: FacilityFormProps) {
  const t = useT();
  const [stale, setStale] = useState(false);
  const save = useApiMutation(
    ZFacilityResponse,
    (body: TCreateFacilityRequest) =>
      facility === undefined
        ? { method: 'POST', path: '/api/facilities', body }
        : {
            method: 'PATCH',
            path: `/api/facilities/${encodeURIComponent(facility.id)}`,
            body,
            headers: { 'If-Match': `"${String(facility.version)}"` },
          },
    { invalidates: ['/api/facilities'], idempotent: facility === undefined },
  );
  const empty = { name: facility?.name ?? '', region: facility?.region ?? '', address: facility?.address ?? '' };
  const form = useSchemaForm(ZCreateFacilityRequest, empty);
  const required = { too_small: t('validation.required') };
  const fields = {
    name: { label: t('field.facilityName'), messages: required },
    region: { label: t('field.region'), messages: required },
    address: t('field.address'),
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
      <SchemaForm
        id={facility === undefined ? 'facility-new' : `facility-${facility.id}`}
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          try {
            await save.mutateAsync(body);
          } catch (error) {
            if (asApiError(error).status === 412) {
              setStale(true);
              return;
            }
            throw error;
          }
          if (facility === undefined) {
            form.reset({ name: '', region: '', address: '' });
          }
          onSaved();
        }}
      >
        <TextField name="name" />
        <TextField name="region" />
        <TextField name="address" hint={t('field.optional')} multiline />
        <div className="button-row">
          <SubmitButton>{facility === undefined ? t('facilities.create') : t('facilities.save')}</SubmitButton>
          {onCancel === undefined ? null : (
            <button className="button button--secondary" type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </SchemaForm>
    </>
  );
}
