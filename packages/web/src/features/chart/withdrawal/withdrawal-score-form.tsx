import { VITAL_SIGN_FIELDS, type InstrumentDefinition } from '@kratom-care/domain';
import type { TAssessment, TCreateAssessmentRequest, TVitalsRequest } from '@kratom-care/contracts';
import { useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useI18n } from '../../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm, type FieldSpec } from '../../../ui/form';
import { localNow, toNumber } from '../../../ui/form/local-time';
import { Notice } from '../../../ui/notice';
import { VITALS_RECORD } from '../record-lists';
import { ASSESSMENT_RECORD, monitoringPath } from './withdrawal-reads';
import { formPathOf, withdrawalDefinition, withdrawalEntrySchema } from './withdrawal-entry';
import { WITHDRAWAL_INSTRUMENT_IDS, type WithdrawalInstrumentId } from './withdrawal-series';

/** The ids of the scale choice and of the form's heading, for the status panel's "Record a score" link. */
export const WITHDRAWAL_FORM_ID = 'withdrawal-record';

/** A server refusal, its issue paths moved to the form's own fields. */
function movedIssues(error: unknown, move: (path: readonly (string | number)[]) => (string | number)[]): unknown {
  if (!(error instanceof ApiError)) {
    return error;
  }
  const issues = error.issues.map((issue) => ({ ...issue, path: move(issue.path) }));
  return new ApiError(error.status, error.code, error.message, issues);
}

interface SavedScore {
  readonly assessment: TAssessment;
  /** Null: no vitals were entered. False: the score is saved, the vitals are not (yet). */
  readonly vitalsSaved: boolean | null;
}

/** What was saved, in words; red flags and crisis lines stay above it (the page's notice, the crisis bar). */
function SavedNotice({ saved }: { readonly saved: SavedScore }) {
  const { t, formatDateTime } = useI18n();
  const { assessment } = saved;
  const band = assessment.bandId === null ? '' : t(`instrument.${assessment.instrumentId}.band.${assessment.bandId}`);
  return (
    <Notice tone={saved.vitalsSaved === false ? 'warning' : 'success'} live>
      <p>
        {t(band === '' ? 'withdrawal.saved.noBand' : 'withdrawal.saved.withBand', {
          scale: t(`instrument.${assessment.instrumentId}.title`),
          total: assessment.total,
          band,
          time: formatDateTime(new Date(assessment.recordedAt), { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      {saved.vitalsSaved === null ? null : (
        <p>{t(saved.vitalsSaved ? 'withdrawal.saved.vitals' : 'withdrawal.saved.vitalsFailed')}</p>
      )}
    </Notice>
  );
}

/** One scale's form: its items from the domain definition, the time, and the vitals taken then. */
function ScaleForm({
  patientId,
  instrumentId,
}: {
  readonly patientId: string;
  readonly instrumentId: WithdrawalInstrumentId;
}) {
  const { t } = useI18n();
  const definition: InstrumentDefinition = withdrawalDefinition(instrumentId);
  const schema = useMemo(() => withdrawalEntrySchema(instrumentId), [instrumentId]);
  const form = useSchemaForm(schema, { assessedAt: localNow(), answers: {}, vitals: {} });
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  // Each create sends an Idempotency-Key, one per action: a double submit or a retry stores it once.
  const createAssessment = useApiMutation(
    ASSESSMENT_RECORD,
    (body: TCreateAssessmentRequest) => ({ method: 'POST', path: `${base}/assessments`, body }),
    { invalidates: [`${base}/assessments`, `${base}/decision-support`, monitoringPath(base)], idempotent: true },
  );
  const createVitals = useApiMutation(
    VITALS_RECORD,
    (body: TVitalsRequest) => ({ method: 'POST', path: `${base}/vitals`, body }),
    { invalidates: [`${base}/vitals`, `${base}/decision-support`], idempotent: true },
  );
  const [saved, setSaved] = useState<SavedScore | null>(null);
  // A score already stored whose vitals were refused: sending the form again sends only the vitals.
  const stored = useRef<{ readonly request: string; readonly assessment: TAssessment } | null>(null);

  const formId = `withdrawal-${instrumentId}`;
  const itemName = (item: InstrumentDefinition['items'][number]) =>
    item.measurement === undefined ? `answers.${item.id}` : `answers.${item.id}.${item.measurement.unit}`;
  const fields: Record<string, FieldSpec> = {
    assessedAt: t('withdrawal.field.assessedAt'),
    ...Object.fromEntries(definition.items.map((item) => [itemName(item), t(item.labelKey)])),
    ...Object.fromEntries(VITAL_SIGN_FIELDS.map((field) => [`vitals.${field}`, t(`vitals.field.${field}`)])),
  };
  const pulse = definition.items.find((item) => item.measurement !== undefined);

  return (
    <>
      <p className="ws-muted">{t(definition.timeframeKey)}</p>
      <p className="ws-muted">{t('withdrawal.citation', { citation: definition.citation })}</p>
      {saved === null ? null : <SavedNotice saved={saved} />}
      <SchemaForm
        id={formId}
        form={form}
        fields={fields}
        onSubmit={async (entry) => {
          const request = JSON.stringify(entry.assessment);
          let assessment = stored.current?.request === request ? stored.current.assessment : null;
          if (assessment === null) {
            try {
              assessment = await createAssessment.mutateAsync(entry.assessment);
            } catch (error) {
              throw movedIssues(error, (path) => formPathOf(definition, path));
            }
            stored.current = { request, assessment };
          }
          if (entry.vitals !== null) {
            try {
              await createVitals.mutateAsync(entry.vitals);
            } catch (error) {
              setSaved({ assessment, vitalsSaved: false });
              throw movedIssues(error, (path) => (path[0] === 'takenAt' ? ['assessedAt'] : ['vitals', ...path]));
            }
          }
          stored.current = null;
          setSaved({ assessment, vitalsSaved: entry.vitals === null ? null : true });
          form.reset({ assessedAt: localNow(), answers: {}, vitals: {} });
        }}
      >
        <TextField name="assessedAt" type="datetime-local" hint={t('withdrawal.field.assessedAtHint')} />
        <fieldset className="withdrawal-form__items">
          <legend className="withdrawal-form__legend">
            {t('withdrawal.items', { scale: t(definition.titleKey) })}
          </legend>
          {definition.items.map((item) =>
            item.measurement === undefined ? (
              <RadioField
                key={item.id}
                name={`answers.${item.id}`}
                options={item.options.map((option) => ({
                  value: String(option.value),
                  label: t('withdrawal.option', { points: option.value, label: t(option.labelKey) }),
                }))}
              />
            ) : (
              <TextField
                key={item.id}
                name={itemName(item)}
                inputMode="numeric"
                toValue={toNumber}
                hint={t('withdrawal.measuredHint', {
                  min: item.measurement.min,
                  max: item.measurement.max,
                  points: item.options
                    .map((option) => t('withdrawal.option', { points: option.value, label: t(option.labelKey) }))
                    .join('; '),
                })}
              />
            ),
          )}
        </fieldset>
        <fieldset className="withdrawal-form__items">
          <legend className="withdrawal-form__legend">{t('withdrawal.vitals')}</legend>
          <p className="ws-muted">{t(pulse === undefined ? 'withdrawal.vitalsIntro' : 'withdrawal.vitalsIntroCows')}</p>
          <div className="workspace-grid">
            {VITAL_SIGN_FIELDS.map((field) => (
              <TextField
                key={field}
                name={`vitals.${field}`}
                optional
                toValue={toNumber}
                inputMode={field === 'temperature' ? 'decimal' : 'numeric'}
              />
            ))}
          </div>
        </fieldset>
        <div className="button-row">
          <SubmitButton>{t('withdrawal.submit', { scale: t(`withdrawal.scale.${instrumentId}`) })}</SubmitButton>
        </div>
      </SchemaForm>
    </>
  );
}

/**
 * Records one serial withdrawal score (COWS, or either SOWS variant) with the vitals taken at the same
 * time. The scale is chosen first; each scale keeps its own form, so switching never loses what was typed.
 * The server scores and stores; the form only checks the same rules first.
 */
export function WithdrawalScoreForm({ patientId }: { readonly patientId: string }) {
  const { t } = useI18n();
  const [instrumentId, setInstrumentId] = useState<WithdrawalInstrumentId>('cows');
  // A scale's form is built when first chosen and then kept, hidden, so switching loses nothing typed.
  const [opened, setOpened] = useState<readonly WithdrawalInstrumentId[]>(['cows']);
  return (
    <section className="ws-section workspace-card" aria-labelledby={`${WITHDRAWAL_FORM_ID}-title`}>
      <h3 id={`${WITHDRAWAL_FORM_ID}-title`} tabIndex={-1}>
        {t('withdrawal.form.title')}
      </h3>
      <fieldset className="field" id={WITHDRAWAL_FORM_ID}>
        <legend className="field__legend">{t('withdrawal.scale')}</legend>
        <div className="choices">
          {WITHDRAWAL_INSTRUMENT_IDS.map((id) => (
            <div className="choice" key={id}>
              <input
                className="choice__input"
                type="radio"
                name="withdrawal-scale"
                id={`withdrawal-scale-${id}`}
                value={id}
                checked={instrumentId === id}
                onChange={() => {
                  setInstrumentId(id);
                  setOpened((ids) => (ids.includes(id) ? ids : [...ids, id]));
                }}
              />
              <label className="choice__label" htmlFor={`withdrawal-scale-${id}`}>
                {t(`withdrawal.scale.${id}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {WITHDRAWAL_INSTRUMENT_IDS.filter((id) => opened.includes(id)).map((id) => (
        <div key={id} hidden={id !== instrumentId} className="withdrawal-form__scale">
          <ScaleForm patientId={patientId} instrumentId={id} />
        </div>
      ))}
    </section>
  );
}
