import { US_STATES } from '@kratom-care/domain';
import { ZFacilityResponse, type TNetworkFacility, type TUpdateFacilityRequest } from '@kratom-care/contracts';
import { useMemo, useState } from 'react';
import { asApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useI18n } from '../../i18n/use-t';
import {
  BooleanField,
  CheckboxesField,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../ui/form';
import { FINDER_LANGUAGES } from '../find-care/finder-languages';
import { languageLabel } from './language-label';
import { facilityPaths } from './network-paths';
import { profileFormValues, ZFacilityProfileForm } from './facility-profile-values';

interface FacilityProfileFormProps {
  /** The facility as the page read it when this form was built. */
  readonly facility: TNetworkFacility;
  readonly onSaved: () => void;
  /** After a 412: rebuild the form from the version the server has now. */
  readonly onReload: () => void;
}

/**
 * The facility's address, map position, phones, hours, languages and web site. Saving sends every field
 * with `If-Match` of the version this form was built from: if someone saved meanwhile the server answers
 * 412, we say so and offer to load their version (the typed changes are not silently sent over theirs).
 */
export function FacilityProfileForm({ facility, onSaved, onReload }: FacilityProfileFormProps) {
  const { t, locale } = useI18n();
  const [stale, setStale] = useState(false);
  // The version this form was filled from: a refetch meanwhile must not make its If-Match claim a newer one.
  const [version] = useState(facility.version);
  const paths = facilityPaths(facility.id);
  const save = useApiMutation(
    ZFacilityResponse,
    (body: TUpdateFacilityRequest) => ({
      method: 'PATCH',
      path: paths.facility,
      body,
      headers: { 'If-Match': `"${String(version)}"` },
    }),
    { invalidates: paths.changed },
  );
  const form = useSchemaForm(ZFacilityProfileForm, profileFormValues(facility, FINDER_LANGUAGES));
  const fields = useMemo(
    () => ({
      name: { label: t('field.facilityName'), messages: { too_small: t('validation.required') } },
      street1: t('networkAdmin.field.street1'),
      street2: t('networkAdmin.field.street2'),
      city: t('networkAdmin.field.city'),
      state: t('networkAdmin.field.state'),
      zip: t('networkAdmin.field.zip'),
      latitude: t('networkAdmin.field.latitude'),
      longitude: t('networkAdmin.field.longitude'),
      phone: t('networkAdmin.field.phone'),
      admissionsLine: t('networkAdmin.field.admissionsLine'),
      hours: t('networkAdmin.field.hours'),
      website: t('networkAdmin.field.website'),
      languages: t('networkAdmin.field.languages'),
      otherLanguages: t('networkAdmin.field.otherLanguages'),
      verified: t('networkAdmin.field.verifiedFacility'),
    }),
    [t],
  );
  return (
    <>
      {stale ? (
        <div className="error-summary" role="alert">
          <p>{t('networkAdmin.staleFacility')}</p>
          <button className="button button--secondary" type="button" onClick={onReload}>
            {t('networkAdmin.loadTheirs')}
          </button>
        </div>
      ) : null}
      <SchemaForm
        id="facility-profile"
        className="net-columns"
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
          onSaved();
        }}
      >
        <fieldset className="net-group">
          <legend>{t('networkAdmin.group.address')}</legend>
          <TextField name="name" autoComplete="organization" />
          <TextField name="street1" autoComplete="address-line1" />
          <TextField name="street2" autoComplete="address-line2" hint={t('field.optional')} />
          <div className="net-row">
            <TextField name="city" autoComplete="address-level2" />
            <SelectField
              name="state"
              placeholder={t('networkAdmin.chooseState')}
              options={US_STATES.map((code) => ({ value: code, label: t(`careNetwork.state.${code}`) }))}
            />
            <TextField name="zip" autoComplete="postal-code" inputMode="numeric" />
          </div>
        </fieldset>
        <fieldset className="net-group">
          <legend>{t('networkAdmin.group.map')}</legend>
          <p className="field__hint">{t('networkAdmin.mapHint')}</p>
          <div className="net-row">
            <TextField name="latitude" inputMode="decimal" hint={t('networkAdmin.latitudeHint')} />
            <TextField name="longitude" inputMode="decimal" hint={t('networkAdmin.longitudeHint')} />
          </div>
        </fieldset>
        <fieldset className="net-group">
          <legend>{t('networkAdmin.group.contact')}</legend>
          <TextField name="phone" autoComplete="tel" inputMode="tel" hint={t('networkAdmin.phoneHint')} />
          <TextField name="admissionsLine" inputMode="tel" hint={t('networkAdmin.admissionsLineHint')} />
          <TextField name="hours" multiline hint={t('networkAdmin.hoursHint')} />
          <TextField name="website" autoComplete="url" inputMode="url" hint={t('networkAdmin.websiteHint')} />
        </fieldset>
        <CheckboxesField
          name="languages"
          hint={t('networkAdmin.languagesHint')}
          options={FINDER_LANGUAGES.map((code) => ({ value: code, label: languageLabel(code, locale, t) }))}
        />
        <TextField name="otherLanguages" hint={t('networkAdmin.otherLanguagesHint')} />
        <BooleanField name="verified" />
        <div className="button-row">
          <SubmitButton>{t('networkAdmin.saveProfile')}</SubmitButton>
        </div>
      </SchemaForm>
    </>
  );
}
