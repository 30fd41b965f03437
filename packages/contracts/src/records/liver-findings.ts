import { LIVER_SYMPTOMS, takenAtIssue, type LiverClinicianFacts } from '@kratom-care/domain';
import { z } from 'zod';
import type { TApiIssue } from '../errors.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';

/*
 * The liver facts only a clinician can enter (clinical reference Appendix C.1.1 and C.1.5): whether
 * the liver injury led to a hospital stay, ascites, encephalopathy, another organ's failure, death or
 * transplant, whether no other cause explains the findings, and the liver symptoms seen (§8
 * monitoring: jaundice, dark urine, pruritus, right-upper-quadrant pain call for repeat tests). The
 * liver assessment reads them beside the labs (DILIN grades 3–5, Hy's law proper, the symptom-
 * triggered reminder). Each fact is optional: absent means "not assessed", never "no".
 * Append-only: a wrong entry is marked entered in error and the facts recorded again.
 */

const ZAssessedAt = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

/** The yes/no facts, in the order the DILIN scale reads them. */
export const LIVER_FINDING_FACTS = [
  'hospitalised',
  'ascites',
  'encephalopathy',
  'otherOrganFailure',
  'deathOrTransplant',
  'noOtherCauseAttested',
] as const satisfies readonly (keyof LiverClinicianFacts)[];
export type TLiverFindingFact = (typeof LIVER_FINDING_FACTS)[number];

const ZFact = z.boolean({ error: 'Must be true or false' }).optional();

/** `POST /api/patients/:id/liver-findings`. */
export const ZLiverFindingsRequest = z.strictObject({
  assessedAt: ZAssessedAt,
  hospitalised: ZFact.meta({ description: 'Hospitalised, or a stay prolonged, for the liver injury (grade 3)' }),
  ascites: ZFact,
  encephalopathy: ZFact,
  otherOrganFailure: ZFact.meta({ description: 'Another organ failed because of the liver injury (grade 4)' }),
  deathOrTransplant: ZFact.meta({ description: 'Death or liver transplant from the liver injury (grade 5)' }),
  noOtherCauseAttested: ZFact.meta({ description: "No other cause explains the findings (Hy's law, C.1.5)" }),
  symptoms: z
    .array(z.enum(LIVER_SYMPTOMS, { error: `Must be one of ${LIVER_SYMPTOMS.join(', ')}` }))
    .max(LIVER_SYMPTOMS.length)
    .optional(),
});
export type TLiverFindingsRequest = z.infer<typeof ZLiverFindingsRequest>;

/** The stored body and the response fields; `assessedAt` as UTC ISO text. */
export const ZLiverFindingsBody = z.object({
  assessedAt: z.string(),
  hospitalised: z.boolean().optional(),
  ascites: z.boolean().optional(),
  encephalopathy: z.boolean().optional(),
  otherOrganFailure: z.boolean().optional(),
  deathOrTransplant: z.boolean().optional(),
  noOtherCauseAttested: z.boolean().optional(),
  symptoms: z.array(z.enum(LIVER_SYMPTOMS)),
});
export type TLiverFindingsBody = z.infer<typeof ZLiverFindingsBody>;

function issuesOf(request: TLiverFindingsRequest, nowMs: number): TApiIssue[] {
  const issues: TApiIssue[] = [];
  const late = takenAtIssue(Date.parse(request.assessedAt), nowMs);
  if (late !== undefined) {
    issues.push({ path: ['assessedAt'], message: late.message });
  }
  const symptoms = request.symptoms ?? [];
  if (new Set(symptoms).size !== symptoms.length) {
    issues.push({ path: ['symptoms'], message: 'Name each symptom once' });
  }
  if (LIVER_FINDING_FACTS.every((fact) => request[fact] === undefined) && symptoms.length === 0) {
    issues.push({ path: ['symptoms'], message: 'Record at least one finding or symptom' });
  }
  return issues;
}

/** The liver-findings record type: append-only, read beside the labs. */
export const LIVER_FINDINGS = defineRecordType({
  name: 'liver-findings',
  resourceType: 'liver-findings',
  title: { one: 'clinician liver findings', many: 'clinician liver findings' },
  consentCategory: 'labs',
  access: 'clinical',
  versioning: 'append-only',
  create: ZLiverFindingsRequest,
  body: ZLiverFindingsBody,
  view: ZLiverFindingsBody,
  toBody: (request: TLiverFindingsRequest, { now }) => {
    const issues = issuesOf(request, now.getTime());
    if (issues.length > 0) {
      return { ok: false, issues };
    }
    const assessedAt = new Date(Date.parse(request.assessedAt)).toISOString();
    const facts = Object.fromEntries(
      LIVER_FINDING_FACTS.flatMap((fact) => (request[fact] === undefined ? [] : [[fact, request[fact]]])),
    ) as Partial<Record<TLiverFindingFact, boolean>>;
    return { ok: true, body: { assessedAt, ...facts, symptoms: request.symptoms ?? [] }, recordedAt: assessedAt };
  },
  toView: (body: TLiverFindingsBody) => body,
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('liver-findings'),
  example: {
    assessedAt: '2026-03-02T10:00:00.000Z',
    hospitalised: false,
    ascites: false,
    encephalopathy: false,
  },
});

/** One record of clinician liver findings as the API answers it. */
export type TLiverFindings = TRecordOf<typeof ZLiverFindingsBody>;
