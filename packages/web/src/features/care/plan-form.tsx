import {
  PLAN_INTERVENTIONS,
  ZListFacilityCliniciansResponse,
  ZPlanRequest,
  ZPlanVersion,
  type TPlanRequest,
  type TPlanVersion,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import {
  BooleanField,
  CheckboxesField,
  SchemaForm,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
  type FieldSpec,
} from '../../ui/form';
import { Notice } from '../../ui/notice';
import { LoadingState } from '../workspace/page-states';
import { useSession } from '../account/session/session-context';
import { carePaths, facilityCliniciansPath } from './care-reads';
import { RepeatedGroup } from './form-parts';
import { BLANK_GOAL, BLANK_INTERVENTION, BLANK_PROBLEM, planFormValues, planSaveHeaders } from './plan-form-values';

interface PlanFormProps {
  readonly patientId: string;
  readonly facilityId: string | null;
  /** The current version (the save's If-Match), or null before the first save. */
  readonly current: TPlanVersion | null;
}

/**
 * The plan editor: problems, measurable goals, interventions (each with "show to the patient"), the
 * responsible clinicians of the patient's facility, the review date and a note to the patient. A save
 * is a new version, sent with the revision it was based on: when someone saved meanwhile (412) the
 * newer version is read and shown, and the edits here are kept for the clinician to review and save.
 */
export function PlanForm({ patientId, facilityId, current }: PlanFormProps) {
  const t = useT();
  const clinicians = useApiQuery(
    ZListFacilityCliniciansResponse,
    facilityId === null ? null : { path: facilityCliniciansPath(facilityId), query: { limit: 100 } },
  );
  // The form starts once the clinicians are known: a select whose saved value has no option yet would
  // show (and save) "not assigned".
  if (facilityId !== null && clinicians.isPending) {
    return <LoadingState />;
  }
  const staff = (clinicians.data?.items ?? []).map((clinician) => ({ value: clinician.id, label: clinician.name }));
  return (
    <>
      {staff.length === 0 ? <p>{t('plan.form.noStaff')}</p> : null}
      <PlanEditor patientId={patientId} current={current} staff={staff} />
    </>
  );
}

interface PlanEditorProps {
  readonly patientId: string;
  readonly current: TPlanVersion | null;
  /** The clinicians of the patient's facility, as options. */
  readonly staff: readonly { readonly value: string; readonly label: string }[];
}

function PlanEditor({ patientId, current, staff }: PlanEditorProps) {
  const t = useT();
  const me = useSession().session?.user.id ?? null;
  const paths = carePaths(patientId);
  const [saved, setSaved] = useState<number | null>(null);
  const [stale, setStale] = useState(false);
  const form = useSchemaForm(ZPlanRequest, planFormValues(current, me));
  const save = useApiMutation(
    ZPlanVersion,
    ({ body, revision }: { body: TPlanRequest; revision: number | null }) => ({
      method: 'POST',
      path: paths.plan,
      body,
      headers: planSaveHeaders(revision),
    }),
    { invalidates: [paths.plan, paths.planVersions, paths.patientPlan], idempotent: true },
  );
  const count = (name: 'problems' | 'goals' | 'interventions') =>
    (form.watch(name) as unknown[] | undefined)?.length ?? 0;
  const each = (n: number, entry: (i: string) => [string, FieldSpec][]) =>
    Array.from({ length: n }, (_, index) => entry(String(index))).flat();
  const fields: Record<string, FieldSpec> = Object.fromEntries([
    ['problems', t('plan.form.problems')],
    ...each(count('problems'), (i) => [
      [`problems.${i}.text`, t('plan.field.text')],
      [`problems.${i}.patientFacing`, t('plan.field.patientFacing')],
    ]),
    ['goals', t('plan.form.goals')],
    ...each(count('goals'), (i) => [
      [`goals.${i}.text`, t('plan.field.goalText')],
      [`goals.${i}.measure`, t('plan.field.measure')],
      [`goals.${i}.targetDate`, t('plan.field.targetDate')],
      [`goals.${i}.patientFacing`, t('plan.field.patientFacing')],
    ]),
    ['interventions', t('plan.form.interventions')],
    ...each(count('interventions'), (i) => [
      [`interventions.${i}.kind`, t('plan.field.kind')],
      [`interventions.${i}.details`, t('plan.field.details')],
      [`interventions.${i}.responsibleUserId`, t('plan.field.responsible')],
      [`interventions.${i}.patientFacing`, t('plan.field.patientFacing')],
    ]),
    ['responsibleUserIds', t('plan.field.staff')],
    ['reviewDate', t('plan.field.reviewDate')],
    ['patientNote', t('plan.field.patientNote')],
  ]);

  return (
    <section className="workspace-card" aria-labelledby="plan-form-title">
      <h3 id="plan-form-title">{t('plan.form.title')}</h3>
      <p className="ws-muted">
        {current === null ? t('plan.form.new') : t('plan.form.basedOn', { revision: current.revision })}
      </p>
      {saved === null ? null : (
        <Notice tone="success" live>
          <p>{t('plan.form.saved', { revision: saved })}</p>
        </Notice>
      )}
      {stale ? (
        <Notice tone="warning" live>
          <p>{t('plan.form.stale')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="plan"
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          setSaved(null);
          setStale(false);
          try {
            const version = await save.mutateAsync({ body, revision: current?.revision ?? null });
            setSaved(version.revision);
          } catch (error) {
            if (error instanceof ApiError && error.status === 412) {
              // The newer version is read again (useApiMutation refetches on 412); the edits stay here.
              setStale(true);
              return;
            }
            throw error;
          }
        }}
      >
        <RepeatedGroup
          name="problems"
          legend={t('plan.form.problems')}
          addLabel={t('plan.form.addProblem')}
          blank={{ ...BLANK_PROBLEM }}
          entryLabel={(index) => t('plan.form.problem', { n: index + 1 })}
        >
          {(index) => (
            <>
              <TextField name={`problems.${String(index)}.text`} />
              <BooleanField name={`problems.${String(index)}.patientFacing`} />
            </>
          )}
        </RepeatedGroup>
        <RepeatedGroup
          name="goals"
          legend={t('plan.form.goals')}
          addLabel={t('plan.form.addGoal')}
          blank={{ ...BLANK_GOAL }}
          entryLabel={(index) => t('plan.form.goal', { n: index + 1 })}
        >
          {(index) => (
            <>
              <TextField name={`goals.${String(index)}.text`} />
              <TextField name={`goals.${String(index)}.measure`} />
              <TextField name={`goals.${String(index)}.targetDate`} type="date" />
              <BooleanField name={`goals.${String(index)}.patientFacing`} />
            </>
          )}
        </RepeatedGroup>
        <RepeatedGroup
          name="interventions"
          legend={t('plan.form.interventions')}
          addLabel={t('plan.form.addIntervention')}
          blank={{ ...BLANK_INTERVENTION }}
          entryLabel={(index) => t('plan.form.intervention', { n: index + 1 })}
        >
          {(index) => (
            <>
              <SelectField
                name={`interventions.${String(index)}.kind`}
                placeholder={t('plan.form.choose')}
                options={PLAN_INTERVENTIONS.map((kind) => ({ value: kind, label: t(`plan.intervention.${kind}`) }))}
              />
              <TextField name={`interventions.${String(index)}.details`} optional multiline />
              <SelectField
                name={`interventions.${String(index)}.responsibleUserId`}
                placeholder={t('plan.form.nobody')}
                options={staff}
              />
              <BooleanField name={`interventions.${String(index)}.patientFacing`} />
            </>
          )}
        </RepeatedGroup>
        <CheckboxesField name="responsibleUserIds" options={staff} />
        <TextField name="reviewDate" type="date" />
        <TextField name="patientNote" optional multiline />
        <div className="button-row">
          <SubmitButton>{t('plan.form.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
