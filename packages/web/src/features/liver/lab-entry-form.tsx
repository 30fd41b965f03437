import { LAB_TESTS, labTestByLoinc, type LabTestDefinition } from '@kratom-care/domain';
import { ZCreateLabRequest, type TCreateLabRequest } from '@kratom-care/contracts';
import { useEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { SchemaForm, SelectField, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { localNow, toNumber, withIsoTimes } from '../../ui/form/local-time';
import { LAB_RECORD, labPaths } from './lab-lists';

const ZLabForm = z.preprocess(
  (input) => withIsoTimes(input, ['collectedAt']),
  ZCreateLabRequest,
) as unknown as typeof ZCreateLabRequest;

/** The units a test may be entered in, as the domain lists them (no unit is the placeholder). */
function unitOptions(definition: LabTestDefinition | undefined): { value: string; label: string }[] {
  if (definition?.kind !== 'quantitative') {
    return [];
  }
  return Object.keys(definition.units)
    .filter((unit) => unit !== '')
    .map((unit) => ({ value: unit, label: unit }));
}

/** The test, value, unit, upper limit and time fields; they follow the test chosen. */
function LabFields() {
  const t = useT();
  const loinc = useWatch<{ loinc?: string }>({ name: 'loinc' });
  const { setValue } = useFormContext();
  const shownFor = useRef(loinc);
  useEffect(() => {
    // Another test: what was typed for the last one (a unit, an upper limit) must not go with this one.
    if (shownFor.current !== loinc) {
      shownFor.current = loinc;
      for (const name of ['value', 'unit', 'upperLimit']) {
        setValue(name, undefined);
      }
    }
  }, [loinc, setValue]);
  const definition = typeof loinc === 'string' ? labTestByLoinc(loinc) : undefined;
  const quantitative = definition?.kind === 'quantitative';
  const defaultLimit = quantitative ? definition.defaultUpperLimit : null;
  return (
    <>
      <SelectField
        name="loinc"
        placeholder={t('labs.form.chooseTest')}
        options={Object.values(LAB_TESTS).map((test) => ({
          value: test.loinc,
          label: `${t(test.labelKey)} (LOINC ${test.loinc})`,
        }))}
      />
      {definition?.kind === 'qualitative' ? (
        <SelectField
          key="qualitative"
          name="value"
          placeholder={t('labs.form.result')}
          options={definition.results.map((result) => ({ value: result, label: t(`labs.result.${result}`) }))}
        />
      ) : (
        <div className="workspace-grid">
          <TextField key="quantitative" name="value" toValue={toNumber} inputMode="decimal" />
          {quantitative ? (
            <SelectField
              name="unit"
              placeholder={definition.test === 'inr' ? t('labs.form.noUnit') : t('labs.form.chooseUnit')}
              options={unitOptions(definition)}
            />
          ) : null}
          {defaultLimit === null ? null : (
            <TextField
              name="upperLimit"
              optional
              toValue={toNumber}
              inputMode="decimal"
              hint={t('labs.form.upperLimitHint', {
                value: defaultLimit,
                unit: definition?.kind === 'quantitative' ? definition.canonicalUnit : '',
              })}
            />
          )}
        </div>
      )}
      <TextField name="collectedAt" type="datetime-local" />
    </>
  );
}

/**
 * One lab result: a liver test with the lab's own upper limit (or the reference default when left empty),
 * or a urine test for kratom or mitragynine. The server's rules (known codes and units, plausible values)
 * answer at the field they concern.
 */
export function LabEntryForm({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const paths = labPaths(patientId);
  const [saved, setSaved] = useState(0);
  const create = useApiMutation(LAB_RECORD, (body: TCreateLabRequest) => ({ method: 'POST', path: paths.labs, body }), {
    invalidates: [paths.labs, paths.liver],
    idempotent: true,
  });
  const form = useSchemaForm(ZLabForm, { collectedAt: localNow() });
  return (
    <section className="workspace-card ws-narrow" aria-labelledby="lab-form-title">
      <h2 id="lab-form-title">{t('labs.form.title')}</h2>
      <p>{t('labs.form.intro')}</p>
      {saved > 0 ? (
        <Notice tone="success" live>
          <p>{t('labs.form.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="lab"
        form={form}
        fields={{
          loinc: t('labs.form.test'),
          value: t('labs.form.value'),
          unit: t('labs.form.unit'),
          upperLimit: t('labs.form.upperLimit'),
          collectedAt: t('labs.form.collectedAt'),
        }}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          setSaved((value) => value + 1);
          // Keep the time and the test: a panel of results is usually entered one after another. Clear the
          // rest field by field: a reset leaves the inputs showing the last value (they are uncontrolled).
          for (const name of ['value', 'unit', 'upperLimit'] as const) {
            form.setValue(name, undefined);
          }
        }}
      >
        <LabFields />
        <div className="button-row">
          <SubmitButton>{t('labs.form.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
