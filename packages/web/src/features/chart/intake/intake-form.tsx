import {
  ALLERGY_STATUSES,
  HOUSING_STATUSES,
  INTAKE_RED_FLAG_IDS,
  INTAKE_SUBSTANCES,
  KRATOM_AMOUNT_UNITS,
  KRATOM_PRODUCT_FORMS,
  KRATOM_ROUTES,
  KUD_CLASSIFICATIONS,
  PREGNANCY_STATUSES,
  REMISSIONS,
  SUBSTANCE_FREQUENCIES,
  SUPPORT_LEVELS,
  WANTS_TO_CHANGE,
  YES_NO_UNKNOWN,
  type TIntake,
  type TIntakeRequest,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useT } from '../../../i18n/use-t';
import {
  BooleanField,
  CheckboxesField,
  RadioField,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
  type FieldSpec,
} from '../../../ui/form';
import { toNumber } from '../../../ui/form/local-time';
import { Notice } from '../../../ui/notice';
import { RepeatedGroup } from './intake-fields';
import { intakeFormValues, NO_REMISSION, ZIntakeForm } from './intake-form-values';
import { INTAKE_RECORD } from './intake-reads';

interface IntakeFormProps {
  readonly patientId: string;
  /** The current intake as last read (the form starts from it), or null for a first intake. */
  readonly current: TIntake | null;
  /** Reads to refresh after a save (the problem list, decision support). */
  readonly invalidates: readonly string[];
}

type Option = { readonly value: string; readonly label: string };

/**
 * The structured intake (issue 10 §2), checked with the server's own schema; each problem shows at its
 * field, the server's too. A first intake is created (with an `Idempotency-Key`); the current one is
 * replaced with `If-Match`, so a change someone saved meanwhile answers 412 and is never overwritten.
 */
export function IntakeForm({ patientId, current, invalidates }: IntakeFormProps) {
  const t = useT();
  const base = `/api/patients/${encodeURIComponent(patientId)}/intake`;
  const form = useSchemaForm(ZIntakeForm, intakeFormValues(current) as never);
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(false);
  // The version this form was filled from: its If-Match. Not the latest read, which a 412 refreshes, so a
  // second save after a 412 cannot overwrite the other change without the clinician loading it first.
  const [loaded, setLoaded] = useState<TIntake | null>(current);
  const create = useApiMutation(INTAKE_RECORD, (body: TIntakeRequest) => ({ method: 'POST', path: base, body }), {
    invalidates: [base, ...invalidates],
    idempotent: true,
  });
  const update = useApiMutation(
    INTAKE_RECORD,
    ({ id, version, body }: { id: string; version: number; body: TIntakeRequest }) => ({
      method: 'PUT',
      path: `${base}/${encodeURIComponent(id)}`,
      body,
      headers: { 'If-Match': `"${String(version)}"` },
    }),
    { invalidates: [base, ...invalidates] },
  );

  const options = (group: string, values: readonly string[]): Option[] =>
    values.map((value) => ({ value, label: t(`intake.option.${group}.${value}`) }));
  const products = (form.watch('kratom.products') as unknown[] | undefined) ?? [];
  const others = (form.watch('otherSubstances') as unknown[] | undefined) ?? [];
  const medicines = (form.watch('medications') as unknown[] | undefined) ?? [];
  const allergies = (form.watch('allergies') as unknown[] | undefined) ?? [];
  // An enum's own message lists machine values; a person is asked to choose instead.
  const choice = (label: string): FieldSpec => ({
    label,
    messages: { invalid_value: t('instrumentForm.chooseOption') },
  });
  const each = (count: number, fields: (index: number) => [string, FieldSpec][]) =>
    Array.from({ length: count }, (_, index) => fields(index)).flat();
  const fields: Record<string, FieldSpec> = Object.fromEntries([
    ['redFlags', t('intake.field.redFlags')],
    ['kratom.products', t('intake.section.products')],
    ...each(products.length, (i) => [
      [`kratom.products.${String(i)}.form`, choice(t('intake.field.form'))],
      [`kratom.products.${String(i)}.amountPerDay`, t('intake.field.amountPerDay')],
      [`kratom.products.${String(i)}.unit`, choice(t('intake.field.unit'))],
    ]),
    ['kratom.dosesPerDay', t('intake.field.dosesPerDay')],
    ['kratom.durationMonths', t('intake.field.durationMonths')],
    ['kratom.route', choice(t('intake.field.route'))],
    ['kratom.lastDoseAt', t('intake.field.lastDoseAt')],
    ['otherSubstances', t('intake.section.otherSubstances')],
    ...each(others.length, (i) => [
      [`otherSubstances.${String(i)}.substance`, choice(t('intake.field.substance'))],
      [`otherSubstances.${String(i)}.name`, t('intake.field.substanceName')],
      [`otherSubstances.${String(i)}.frequency`, choice(t('intake.field.frequency'))],
      [`otherSubstances.${String(i)}.lastUseAt`, t('intake.field.lastUseAt')],
    ]),
    ['medicalHistory.liverDisease', choice(t('intake.field.liverDisease'))],
    ['medicalHistory.cardiac', choice(t('intake.field.cardiac'))],
    ['medicalHistory.seizures', choice(t('intake.field.seizures'))],
    ['medicalHistory.pregnancy', choice(t('intake.field.pregnancy'))],
    ['medicalHistory.cannotKeepFluidsDown', choice(t('intake.field.cannotKeepFluidsDown'))],
    ['medicalHistory.details', t('intake.field.medicalDetails')],
    ['medications', t('intake.section.medications')],
    ...each(medicines.length, (i) => [
      [`medications.${String(i)}.name`, t('intake.field.medicineName')],
      [`medications.${String(i)}.details`, t('intake.field.medicineDetails')],
    ]),
    ['allergyStatus', choice(t('intake.field.allergyStatus'))],
    ['allergies', t('intake.field.allergyStatus')],
    ...each(allergies.length, (i) => [
      [`allergies.${String(i)}.substance`, t('intake.field.allergySubstance')],
      [`allergies.${String(i)}.reaction`, t('intake.field.allergyReaction')],
    ]),
    ['social.housing', choice(t('intake.field.housing'))],
    ['social.support', choice(t('intake.field.support'))],
    ['social.safePlaceToWithdraw', choice(t('intake.field.safePlaceToWithdraw'))],
    ['social.details', t('intake.field.socialDetails')],
    ['goals.wantsToChange', choice(t('intake.field.wantsToChange'))],
    ['goals.statement', t('intake.field.goalStatement')],
    ['diagnosis.currentWithdrawal', t('intake.field.currentWithdrawal')],
    ['diagnosis.withPerceptualDisturbance', t('intake.field.withPerceptualDisturbance')],
    ['diagnosis.remission', choice(t('intake.field.remission'))],
    ['diagnosis.classification', choice(t('intake.field.classification'))],
  ]);
  const choose = t('intake.form.choose');

  return (
    <section className="workspace-card" aria-labelledby="intake-form-title">
      <h3 id="intake-form-title">{t('intake.form.title')}</h3>
      <p className="ws-muted">
        {loaded === null ? t('intake.form.new') : t('intake.form.editing', { version: loaded.version })}
      </p>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('intake.form.saved')}</p>
        </Notice>
      ) : null}
      {stale ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('intake.form.stale')}</p>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => {
              form.reset(intakeFormValues(current));
              setLoaded(current);
              setStale(false);
            }}
          >
            {t('intake.form.reload')}
          </button>
        </div>
      ) : null}
      <SchemaForm
        id="intake"
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          setSaved(false);
          try {
            setLoaded(
              loaded === null
                ? await create.mutateAsync(body)
                : await update.mutateAsync({ id: loaded.id, version: loaded.version, body }),
            );
          } catch (error) {
            if (error instanceof ApiError && error.status === 412) {
              // The list is read again by the mutation; the clinician reloads the form when ready.
              setStale(true);
              return;
            }
            throw error;
          }
          setSaved(true);
        }}
      >
        <fieldset className="intake-section">
          <legend>{t('intake.section.redFlags')}</legend>
          <CheckboxesField
            name="redFlags"
            hint={t('intake.section.redFlagsHint')}
            options={INTAKE_RED_FLAG_IDS.map((id) => ({ value: id, label: t(`intake.redFlag.${id}`) }))}
          />
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.kratom')}</legend>
          <p className="field__hint">{t('intake.section.productsHint')}</p>
          <RepeatedGroup
            name="kratom.products"
            legend={t('intake.section.products')}
            addLabel={t('intake.field.addProduct')}
            blank={{ form: 'leaf-powder', unit: 'g' }}
            entryLabel={(index) => t('intake.field.product', { number: index + 1 })}
            min={1}
          >
            {(index) => (
              <>
                <SelectField
                  name={`kratom.products.${String(index)}.form`}
                  placeholder={choose}
                  options={options('form', KRATOM_PRODUCT_FORMS)}
                />
                <TextField
                  name={`kratom.products.${String(index)}.amountPerDay`}
                  optional
                  inputMode="decimal"
                  toValue={toNumber}
                />
                <SelectField
                  name={`kratom.products.${String(index)}.unit`}
                  placeholder={choose}
                  options={options('unit', KRATOM_AMOUNT_UNITS)}
                />
              </>
            )}
          </RepeatedGroup>
          <div className="workspace-grid">
            <TextField name="kratom.dosesPerDay" optional inputMode="numeric" toValue={toNumber} />
            <TextField name="kratom.durationMonths" optional inputMode="numeric" toValue={toNumber} />
            <SelectField name="kratom.route" placeholder={choose} options={options('route', KRATOM_ROUTES)} />
            <TextField
              name="kratom.lastDoseAt"
              type="datetime-local"
              optional
              hint={t('intake.field.lastDoseAtHint')}
            />
          </div>
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.otherSubstances')}</legend>
          <RepeatedGroup
            name="otherSubstances"
            legend={t('intake.section.otherSubstances')}
            addLabel={t('intake.field.addSubstance')}
            blank={{}}
            emptyText={t('intake.section.otherSubstancesEmpty')}
            entryLabel={(index) => `${t('intake.field.substance')} ${String(index + 1)}`}
          >
            {(index) => (
              <>
                <SelectField
                  name={`otherSubstances.${String(index)}.substance`}
                  placeholder={choose}
                  options={options('substance', INTAKE_SUBSTANCES)}
                />
                <TextField
                  name={`otherSubstances.${String(index)}.name`}
                  optional
                  hint={t('intake.field.substanceNameHint')}
                />
                <SelectField
                  name={`otherSubstances.${String(index)}.frequency`}
                  placeholder={choose}
                  options={options('frequency', SUBSTANCE_FREQUENCIES)}
                />
                <TextField name={`otherSubstances.${String(index)}.lastUseAt`} type="datetime-local" optional />
              </>
            )}
          </RepeatedGroup>
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.medical')}</legend>
          <div className="workspace-grid">
            <RadioField name="medicalHistory.liverDisease" options={options('yesNo', YES_NO_UNKNOWN)} />
            <RadioField name="medicalHistory.cardiac" options={options('yesNo', YES_NO_UNKNOWN)} />
            <RadioField name="medicalHistory.seizures" options={options('yesNo', YES_NO_UNKNOWN)} />
            <RadioField name="medicalHistory.pregnancy" options={options('yesNo', PREGNANCY_STATUSES)} />
            <RadioField
              name="medicalHistory.cannotKeepFluidsDown"
              hint={t('intake.field.cannotKeepFluidsDownHint')}
              options={options('yesNo', YES_NO_UNKNOWN)}
            />
          </div>
          <TextField name="medicalHistory.details" multiline optional />
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.medications')}</legend>
          <RepeatedGroup
            name="medications"
            legend={t('intake.field.medicineName')}
            addLabel={t('intake.field.addMedicine')}
            blank={{}}
            emptyText={t('intake.section.otherSubstancesEmpty')}
            entryLabel={(index) => `${t('intake.field.medicineName')} ${String(index + 1)}`}
          >
            {(index) => (
              <>
                <TextField name={`medications.${String(index)}.name`} />
                <TextField name={`medications.${String(index)}.details`} optional />
              </>
            )}
          </RepeatedGroup>
          <RadioField name="allergyStatus" options={options('allergy', ALLERGY_STATUSES)} />
          <RepeatedGroup
            name="allergies"
            legend={t('intake.field.allergySubstance')}
            addLabel={t('intake.field.addAllergy')}
            blank={{}}
            entryLabel={(index) => `${t('intake.field.allergySubstance')} ${String(index + 1)}`}
          >
            {(index) => (
              <>
                <TextField name={`allergies.${String(index)}.substance`} />
                <TextField name={`allergies.${String(index)}.reaction`} optional />
              </>
            )}
          </RepeatedGroup>
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.social')}</legend>
          <div className="workspace-grid">
            <SelectField name="social.housing" placeholder={choose} options={options('housing', HOUSING_STATUSES)} />
            <SelectField name="social.support" placeholder={choose} options={options('support', SUPPORT_LEVELS)} />
            <RadioField name="social.safePlaceToWithdraw" options={options('yesNo', YES_NO_UNKNOWN)} />
          </div>
          <TextField name="social.details" multiline optional />
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.goals')}</legend>
          <RadioField name="goals.wantsToChange" options={options('wants', WANTS_TO_CHANGE)} />
          <TextField name="goals.statement" multiline optional />
        </fieldset>

        <fieldset className="intake-section">
          <legend>{t('intake.section.diagnosis')}</legend>
          <BooleanField name="diagnosis.currentWithdrawal" />
          <BooleanField name="diagnosis.withPerceptualDisturbance" />
          <RadioField name="diagnosis.remission" options={options('remission', [NO_REMISSION, ...REMISSIONS])} />
          <RadioField name="diagnosis.classification" options={options('classification', KUD_CLASSIFICATIONS)} />
        </fieldset>

        <div className="button-row">
          <SubmitButton>{t('intake.form.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
