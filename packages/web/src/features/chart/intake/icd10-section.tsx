import {
  ZDiagnosisDecisionRequest,
  type TDiagnosisDecisionRequest,
  type TProblemListResponse,
} from '@kratom-care/contracts';
import { useMemo, useState } from 'react';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useI18n } from '../../../i18n/use-t';
import {
  RadioField,
  requiredWhenOverriding,
  SchemaForm,
  SubmitButton,
  TextField,
  useSchemaForm,
} from '../../../ui/form';
import { Notice } from '../../../ui/notice';
import { DIAGNOSIS_DECISION_RECORD } from './intake-reads';

// What the clinician fills in; the suggestion they saw and the intake are added from the list on submit.
// The server's rule (decideIcd10Code) is checked here too.
const ZDecisionFields = ZDiagnosisDecisionRequest.pick({ action: true, code: true, rationale: true }).superRefine(
  requiredWhenOverriding('code'),
);

interface Icd10SectionProps {
  readonly list: TProblemListResponse;
  readonly decisionsPath: string;
  readonly invalidates: readonly string[];
}

/** The latest decision, and whether it still stands (made on today's suggestion). */
function DecisionView({ decision }: { readonly decision: NonNullable<TProblemListResponse['decision']> }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className={decision.current ? 'notice notice--success' : 'notice notice--warning'}>
      {decision.current ? (
        <p>
          <strong>{t('intake.icd10.confirmed', { code: decision.finalCode })}</strong>
        </p>
      ) : (
        <p>{t('intake.icd10.stale', { suggested: decision.suggestedCode ?? t('intake.icd10.none') })}</p>
      )}
      <p>
        {t('intake.icd10.decidedBy', {
          when: formatDateTime(new Date(decision.decidedAt), { dateStyle: 'medium', timeStyle: 'short' }),
          action: t(`intake.icd10.action.${decision.action}`),
        })}
      </p>
      {decision.rationale === null ? null : <p>{t('intake.icd10.reason', { reason: decision.rationale })}</p>}
    </div>
  );
}

/**
 * The suggested ICD-10-CM code with its rule and notes, the clinician's latest decision, and the control
 * to confirm it or choose another code with a reason (stored as a diagnosis decision). A suggestion only:
 * the code stands once the clinician decides.
 *
 * @see Clinical reference §4 (ICD-10-CM mapping; the clinician may choose F19 or F11) and §0 rule 5
 */
export function Icd10Section({ list, decisionsPath, invalidates }: Icd10SectionProps) {
  const { t } = useI18n();
  const { icd10, decision } = list;
  const suggested = icd10.status === 'suggested' ? icd10.code : null;
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(ZDecisionFields, { action: suggested === null ? 'override' : 'accept' });
  const record = useApiMutation(
    DIAGNOSIS_DECISION_RECORD,
    (body: TDiagnosisDecisionRequest) => ({ method: 'POST', path: decisionsPath, body }),
    { invalidates: [decisionsPath, ...invalidates], idempotent: true },
  );
  const fields = useMemo(
    () => ({
      action: t('intake.decision.legend'),
      code: t('intake.decision.code'),
      rationale: t('intake.decision.rationale'),
    }),
    [t],
  );
  const actions = [
    ...(suggested === null ? [] : [{ value: 'accept', label: t('intake.decision.accept', { code: suggested }) }]),
    { value: 'override', label: t('intake.decision.override') },
  ];
  const overriding = form.watch('action') === 'override';

  return (
    <section className="workspace-card" aria-labelledby="intake-icd10-title">
      <h3 id="intake-icd10-title">{t('intake.icd10.title')}</h3>
      {icd10.status === 'not-assessed' ? <p>{t('intake.icd10.notAssessed')}</p> : null}
      {icd10.status === 'incomplete' ? <p>{t('intake.icd10.incomplete')}</p> : null}
      {icd10.status === 'invalid' ? (
        <>
          <p>{t('intake.icd10.invalid')}</p>
          <ul>
            {icd10.issues.map((issue) => (
              <li key={issue.field}>{t(issue.messageKey)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {icd10.reasonKey === null ? null : <p>{t(icd10.reasonKey)}</p>}
      {suggested === null ? null : (
        <>
          <p className="intake-code">
            <strong>{t('intake.icd10.suggested', { code: suggested })}</strong>
            {icd10.descriptorKey === null ? null : <> — {t(icd10.descriptorKey)}</>}
          </p>
          <ul className="ws-muted">
            {icd10.noteKeys.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
            {icd10.rule === null ? null : (
              <li>{t('intake.problems.rule', { rule: icd10.rule.id, version: icd10.rule.version })}</li>
            )}
          </ul>
        </>
      )}
      {decision === null ? null : <DecisionView decision={decision} />}
      {saved ? (
        <Notice tone="success" live>
          <p>{t('intake.decision.saved')}</p>
        </Notice>
      ) : null}
      {icd10.status === 'not-assessed' ? null : (
        <SchemaForm
          id="icd10-decision"
          form={form}
          fields={fields}
          onSubmit={async (values) => {
            setSaved(false);
            await record.mutateAsync({
              suggestedCode: suggested as TDiagnosisDecisionRequest['suggestedCode'],
              action: values.action,
              ...(values.action === 'override' && values.code !== undefined ? { code: values.code } : {}),
              ...(values.rationale === undefined ? {} : { rationale: values.rationale }),
              ...(list.intakeId === null ? {} : { intakeId: list.intakeId }),
            });
            setSaved(true);
            form.reset({ action: 'accept' });
          }}
        >
          <RadioField name="action" options={actions} />
          {overriding ? <TextField name="code" hint={t('intake.decision.codeHint')} /> : null}
          <TextField
            name="rationale"
            multiline
            optional
            hint={overriding ? t('intake.decision.rationaleHint') : undefined}
          />
          <div className="button-row">
            <SubmitButton>{t('intake.decision.submit')}</SubmitButton>
          </div>
        </SchemaForm>
      )}
    </section>
  );
}
