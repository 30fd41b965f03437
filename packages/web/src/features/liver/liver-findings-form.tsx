import { LIVER_SYMPTOMS } from '@kratom-care/domain';
import { LIVER_FINDING_FACTS, ZLiverFindingsRequest, type TLiverFindingsRequest } from '@kratom-care/contracts';
import { useState } from 'react';
import { z } from 'zod';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { CheckboxesField, RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { localNow, withIsoTimes } from '../../ui/form/local-time';
import { LIVER_FINDINGS_RECORD, labPaths } from './lab-lists';
import { LiverFindingsList } from './liver-findings-list';

/** Each fact is asked yes / no / not assessed; "not assessed" leaves it out (absent is never "no"). */
function toRequest(input: unknown): unknown {
  const values = withIsoTimes(input, ['assessedAt']);
  if (typeof values !== 'object' || values === null) {
    return values;
  }
  const facts = new Set<string>(LIVER_FINDING_FACTS);
  return Object.fromEntries(
    Object.entries(values as Record<string, unknown>).flatMap(([key, answer]) => {
      if (!facts.has(key)) {
        return [[key, answer]];
      }
      if (answer === 'yes' || answer === 'no') {
        return [[key, answer === 'yes']];
      }
      // Not assessed: left out. Anything else goes on for the schema to name.
      return answer === 'unknown' || answer === undefined || answer === null || answer === '' ? [] : [[key, answer]];
    }),
  );
}

const ZFindingsForm = z.preprocess(toRequest, ZLiverFindingsRequest) as unknown as typeof ZLiverFindingsRequest;

const DEFAULTS = () =>
  ({
    assessedAt: localNow(),
    symptoms: [],
    ...Object.fromEntries(LIVER_FINDING_FACTS.map((fact) => [fact, 'unknown'])),
  }) as unknown as Partial<TLiverFindingsRequest>;

/**
 * What only a clinician can record about the liver (Appendix C.1.1 and C.1.5): hospital stay, ascites,
 * encephalopathy, organ failure, death or transplant, "no other cause", and liver symptoms. They refine the
 * DILIN grade and confirm Hy's law on the next read of the assessment.
 */
export function LiverFindingsForm({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const paths = labPaths(patientId);
  const [saved, setSaved] = useState(0);
  const create = useApiMutation(
    LIVER_FINDINGS_RECORD,
    (body: TLiverFindingsRequest) => ({ method: 'POST', path: paths.findings, body }),
    { invalidates: [paths.liver, paths.findings], idempotent: true },
  );
  const form = useSchemaForm(ZFindingsForm, DEFAULTS());
  const answers = [
    { value: 'yes', label: t('liverTab.findings.yes') },
    { value: 'no', label: t('liverTab.findings.no') },
    { value: 'unknown', label: t('liverTab.findings.unknown') },
  ];
  return (
    <section className="workspace-card ws-narrow liver-findings" aria-labelledby="liver-findings-title">
      <h2 id="liver-findings-title">{t('liverTab.findings.title')}</h2>
      <p>{t('liverTab.findings.intro')}</p>
      <LiverFindingsList patientId={patientId} />
      {saved > 0 ? (
        <Notice tone="success" live>
          <p>{t('liverTab.findings.saved')}</p>
        </Notice>
      ) : null}
      <SchemaForm
        id="liver-findings"
        form={form}
        fields={{
          assessedAt: t('liverTab.findings.assessedAt'),
          ...Object.fromEntries(LIVER_FINDING_FACTS.map((fact) => [fact, t(`liverTab.findings.${fact}`)])),
          symptoms: t('liverTab.findings.symptoms'),
        }}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          setSaved((value) => value + 1);
          form.reset(DEFAULTS());
        }}
      >
        <TextField name="assessedAt" type="datetime-local" />
        {LIVER_FINDING_FACTS.map((fact) => (
          <RadioField key={fact} name={fact} options={answers} />
        ))}
        <CheckboxesField
          name="symptoms"
          options={LIVER_SYMPTOMS.map((symptom) => ({ value: symptom, label: t(`liver.symptom.${symptom}`) }))}
        />
        <div className="button-row">
          <SubmitButton>{t('liverTab.findings.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
