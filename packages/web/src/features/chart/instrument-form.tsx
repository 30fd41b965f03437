import {
  classifyTotal,
  INSTRUMENTS,
  readSafetyFlags,
  type InstrumentDefinition,
  type InstrumentId,
  type InstrumentItem,
} from '@kratom-care/domain';
import { ZAssessmentResponse, type TAssessment, type TCreateAssessmentRequest } from '@kratom-care/contracts';
import { useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { ResponseSchema } from '../../api/response-check';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm, type FieldSpec } from '../../ui/form';
import { LifelineCard } from '../../ui/lifeline-card';
import { Notice } from '../../ui/notice';

/*
 * A clinician-side questionnaire for any instrument of the domain (DSM-5 KUD, PHQ-9, GAD-7, COWS…): its
 * items in published order with their published options and points, a measured item (COWS pulse) as a
 * number in its unit, and the DSM-5 medical-supervision switches. Scored by the server
 * (`POST /api/patients/:id/assessments`); a safety flag (PHQ-9 item 9 > 0) shows the 988 card at once,
 * and above the score once saved (REFERENCE §11: red flags before any score).
 */

const ASSESSMENT_RECORD = ZAssessmentResponse as unknown as ResponseSchema<TAssessment>;

/** Instruments whose scoring reads the two DSM-5 medical-supervision switches (REFERENCE §4). */
const SUPERVISION_INSTRUMENTS: ReadonlySet<string> = new Set(['dsm5-kud']);
const SUPERVISION_SWITCHES = ['toleranceUnderMedicalSupervision', 'withdrawalUnderMedicalSupervision'] as const;

/** The form field of an item: `answers.<id>`, or `answers.<id>.<unit>` for a measured item. */
export function itemFieldName(item: InstrumentItem): string {
  return item.measurement === undefined ? `answers.${item.id}` : `answers.${item.id}.${item.measurement.unit}`;
}

/** Radio buttons and text inputs give text: a whole number becomes the number, anything else stays as it was. */
function wholeNumber(value: unknown): unknown {
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}

/**
 * The form's schema, built from the instrument's definition: one required answer per item, each one of
 * its published option values, or a measured value in its unit and range (the server's rules, REFERENCE
 * §0 rule 2 and §1), and the supervision switches where the instrument reads them.
 *
 * @param definition - The instrument.
 * @returns A zod schema whose output is the request's `answers` (and `context`).
 */
export function instrumentFormSchema(definition: InstrumentDefinition) {
  const answers: Record<string, z.ZodType> = {};
  for (const item of definition.items) {
    const { measurement } = item;
    if (measurement === undefined) {
      const values = item.options.map((option) => option.value);
      answers[item.id] = z.preprocess(
        wholeNumber,
        z.literal(values, {
          error: (issue) =>
            issue.input === undefined || issue.input === null
              ? 'Required: answer this item'
              : 'Choose one of the options',
        }),
      );
    } else {
      const range = `Must be a whole number from ${measurement.min} to ${measurement.max}`;
      answers[item.id] = z.object({
        [measurement.unit]: z.preprocess(
          wholeNumber,
          z
            .int({ error: (issue) => (issue.input === undefined ? 'Required: answer this item' : range) })
            .min(measurement.min, { error: range })
            .max(measurement.max, { error: range }),
        ),
      });
    }
  }
  return z.object({
    answers: z.object(answers),
    context: z
      .object(Object.fromEntries(SUPERVISION_SWITCHES.map((name) => [name, z.boolean().optional()])))
      .optional(),
  });
}

/** The 988 card while the answers so far raise a safety flag (PHQ-9 item 9 > 0), whatever else is missing. */
function SafetyWhileAnswering({ instrumentId }: { readonly instrumentId: InstrumentId }) {
  const answers: unknown = useWatch({ name: 'answers' });
  const raw = typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>) : {};
  const numeric = Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, wholeNumber(value)]));
  return readSafetyFlags(INSTRUMENTS[instrumentId], numeric).includes('suicidal-ideation') ? (
    <LifelineCard alert />
  ) : null;
}

interface Saved {
  readonly assessment: TAssessment;
  readonly flags: readonly string[];
}

/** What was stored: the crisis card first when a safety flag was raised, then the total and band. */
function SavedResult({ saved, definition }: { readonly saved: Saved; readonly definition: InstrumentDefinition }) {
  const t = useT();
  const band = classifyTotal(definition, saved.assessment.total);
  return (
    <>
      {saved.flags.includes('suicidal-ideation') ? <LifelineCard /> : null}
      <Notice tone="success" live>
        <p>
          {t(band === null ? 'instrumentForm.saved' : 'instrumentForm.savedWithBand', {
            title: t(definition.titleKey),
            total: saved.assessment.total,
            band: band === null ? '' : t(band.labelKey),
          })}
        </p>
      </Notice>
    </>
  );
}

interface InstrumentFormProps {
  readonly patientId: string;
  readonly instrumentId: InstrumentId;
  /** Extra reads to refresh after a save (e.g. the problem list). */
  readonly invalidates?: readonly string[];
}

/**
 * One instrument, entered by a clinician and scored by the server. Each item is a labelled radio group
 * with the published options and their points (a measured item is a number field); errors show at the
 * item, the server's too. Nothing is computed here that the server does not check again.
 */
export function InstrumentForm({ patientId, instrumentId, invalidates = [] }: InstrumentFormProps) {
  const t = useT();
  const definition = INSTRUMENTS[instrumentId].definition;
  const schema = useMemo(() => instrumentFormSchema(definition), [definition]);
  const form = useSchemaForm(schema, { answers: {} });
  const path = `/api/patients/${encodeURIComponent(patientId)}/assessments`;
  const create = useApiMutation(
    ASSESSMENT_RECORD,
    (body: TCreateAssessmentRequest) => ({ method: 'POST', path, body }),
    { invalidates: [path, ...invalidates], idempotent: true },
  );
  const [saved, setSaved] = useState<Saved | null>(null);
  const formId = `instrument-${instrumentId}`;
  const supervised = SUPERVISION_INSTRUMENTS.has(instrumentId);
  const fields: Record<string, FieldSpec> = {
    ...Object.fromEntries(
      definition.items.map((item, index) => [
        itemFieldName(item),
        {
          label: t('instrumentForm.itemLabel', { number: index + 1, label: t(item.labelKey) }),
          messages: { invalid_value: t('instrumentForm.chooseOption') },
        },
      ]),
    ),
    ...(supervised
      ? Object.fromEntries(SUPERVISION_SWITCHES.map((name) => [`context.${name}`, t(`instrumentForm.${name}`)]))
      : {}),
  };

  return (
    <div className="instrument-form">
      <p className="ws-muted">{t(definition.timeframeKey)}</p>
      {saved === null ? null : <SavedResult saved={saved} definition={definition} />}
      <SchemaForm
        id={formId}
        form={form}
        fields={fields}
        onSubmit={async (values) => {
          const answers = values.answers as TCreateAssessmentRequest['answers'];
          const context = values.context as TCreateAssessmentRequest['context'];
          const body: TCreateAssessmentRequest = {
            instrumentId,
            answers,
            ...(supervised && context !== undefined ? { context } : {}),
          };
          const assessment = await create.mutateAsync(body);
          setSaved({ assessment, flags: readSafetyFlags(INSTRUMENTS[instrumentId], answers) });
          form.reset({ answers: {} });
        }}
      >
        {definition.items.map((item) =>
          item.measurement === undefined ? (
            <RadioField
              key={item.id}
              name={itemFieldName(item)}
              options={item.options.map((option) => ({
                value: String(option.value),
                label: t('instrumentForm.option', { points: option.value, label: t(option.labelKey) }),
              }))}
            />
          ) : (
            <TextField
              key={item.id}
              name={itemFieldName(item)}
              inputMode="numeric"
              hint={t('instrumentForm.measuredHint', {
                unit: item.measurement.unit,
                min: item.measurement.min,
                max: item.measurement.max,
              })}
            />
          ),
        )}
        {supervised ? <SupervisionSwitches formId={formId} /> : null}
        <SafetyWhileAnswering instrumentId={instrumentId} />
        <p className="ws-muted">{definition.citation}</p>
        <div className="button-row">
          <SubmitButton>{t('instrumentForm.submit', { title: t(definition.titleKey) })}</SubmitButton>
        </div>
      </SchemaForm>
    </div>
  );
}

/** The DSM-5 medical-supervision exclusion, one switch per criterion (REFERENCE §4, vector D7). */
function SupervisionSwitches({ formId }: { readonly formId: string }) {
  const t = useT();
  return (
    <fieldset className="field">
      <legend className="field__legend">{t('instrumentForm.supervisionLegend')}</legend>
      <p className="field__hint">{t('instrumentForm.supervisionHint')}</p>
      <div className="choices">
        {SUPERVISION_SWITCHES.map((name) => (
          <SupervisionSwitch
            key={name}
            id={`${formId}-context-${name}`}
            name={`context.${name}`}
            label={t(`instrumentForm.${name}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}

function SupervisionSwitch({
  id,
  name,
  label,
}: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
}) {
  const { register } = useFormContext();
  return (
    <div className="choice">
      <input {...register(name)} className="choice__input" type="checkbox" id={id} />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
