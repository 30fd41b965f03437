import {
  CARE_INTENSITY_LEVEL_IDS,
  ZCareIntensityDecision,
  ZCareIntensityDecisionRequest,
  type TCareIntensityDecisionRequest,
  type TCareIntensityResponse,
} from '@kratom-care/contracts';
import { CARE_INTENSITY_LEVELS } from '@kratom-care/domain';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import {
  RadioField,
  requiredWhenOverriding,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../ui/form';
import { Notice } from '../../ui/notice';

// What the clinician fills in; the suggestion they saw is added on submit. The server's rules
// (decideOnSuggestion) are checked here too.
const ZDecisionFields = ZCareIntensityDecisionRequest.pick({ action: true, level: true, rationale: true }).superRefine(
  requiredWhenOverriding('level'),
);

interface CareDecisionFormProps {
  readonly suggestion: TCareIntensityResponse;
  readonly path: string;
  /** Reads the suggestion again (after a 409: the chart changed while the clinician decided). */
  readonly onStale: () => void;
}

/**
 * Accept the care-intensity suggestion, or choose another level with a reason. The suggestion the
 * clinician saw goes with the decision: when the chart changed meanwhile the server answers 409, the
 * new suggestion is read and nothing is stored.
 */
export function CareDecisionForm({ suggestion, path, onStale }: CareDecisionFormProps) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(false);
  const suggested = suggestion.level;
  const form = useSchemaForm(ZDecisionFields, { action: suggested === null ? 'override' : 'accept' });
  const record = useApiMutation(
    ZCareIntensityDecision,
    (body: TCareIntensityDecisionRequest) => ({ method: 'POST', path, body }),
    { invalidates: [path], idempotent: true },
  );
  const fields = useMemo(
    () => ({
      action: t('care.decision.legend'),
      level: t('care.decision.level'),
      rationale: t('care.decision.rationale'),
    }),
    [t],
  );
  const levelLabel = (level: string) => `${level}: ${t(CARE_INTENSITY_LEVELS[level as 'E'].labelKey)}`;
  const actions = [
    ...(suggested === null
      ? []
      : [{ value: 'accept', label: t('care.decision.accept', { level: levelLabel(suggested) }) }]),
    { value: 'override', label: t('care.decision.override') },
  ];
  const levels = CARE_INTENSITY_LEVEL_IDS.filter((level) => level !== suggested).map((level) => ({
    value: level,
    label: levelLabel(level),
  }));
  const overriding = form.watch('action') === 'override';

  return (
    <section className="workspace-card" aria-labelledby="care-decision-title">
      <h3 id="care-decision-title">{t('care.decision.title')}</h3>
      {saved ? (
        <Notice tone="success" live>
          <p>{t('care.decision.saved')}</p>
        </Notice>
      ) : null}
      {stale ? (
        <Notice tone="warning" live>
          <p>{t('care.decision.stale')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="care-decision"
        form={form}
        fields={fields}
        onSubmit={async (values) => {
          setSaved(false);
          setStale(false);
          try {
            await record.mutateAsync({
              action: values.action,
              suggestedLevel: suggested,
              ...(values.action === 'override' && values.level !== undefined ? { level: values.level } : {}),
              ...(values.rationale === undefined || values.rationale === '' ? {} : { rationale: values.rationale }),
            });
          } catch (error) {
            if (error instanceof ApiError && error.status === 409) {
              setStale(true);
              onStale();
              return;
            }
            throw error;
          }
          setSaved(true);
          form.reset({ action: suggested === null ? 'override' : 'accept' });
        }}
      >
        <RadioField name="action" options={actions} />
        {overriding ? <SelectField name="level" placeholder={t('care.decision.chooseLevel')} options={levels} /> : null}
        <TextField
          name="rationale"
          multiline
          optional
          hint={overriding ? t('care.decision.rationaleHint') : undefined}
        />
        <div className="button-row">
          <SubmitButton>{t('care.decision.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
