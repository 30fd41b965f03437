import {
  LAB_TESTS,
  LIVER_MESSAGES_EN,
  validateLabEntry,
  type LabEntryIssue,
  type StoredLab,
} from '@kratom-care/domain';
import { z } from 'zod';
import type { TApiIssue } from '../errors.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';

/*
 * Labs: one result per record (issue 10 §5 and §10): a liver test (ALT, AST, ALP, total bilirubin,
 * INR) with the lab's own upper limit, or a urine test for kratom or mitragynine. The schema here
 * only checks shapes; which codes, units and values the product takes is the domain's
 * `validateLabEntry` (packages/domain/src/liver), run in `toBody`, so the API and the liver
 * assessment apply one set of rules. Append-only: a result is never edited, a wrong one is marked
 * entered in error and a corrected one recorded.
 */

const KNOWN_CODES = Object.values(LAB_TESTS)
  .map((test) => `${test.loinc} (${test.test})`)
  .join(', ');

/** `POST /api/patients/:id/labs`: `{ loinc, value, unit, upperLimit?, collectedAt }`. */
export const ZCreateLabRequest = z.strictObject({
  loinc: z
    .string({ error: 'Must be a LOINC code such as 1742-6' })
    .max(20, { error: 'Must be a LOINC code such as 1742-6' })
    .meta({ description: `LOINC code of the test; the product takes ${KNOWN_CODES}` }),
  value: z
    .union([z.number(), z.string().max(20)], {
      error: 'Must be the result: a number, or positive/negative for a urine test',
    })
    .meta({ description: 'A number for a liver test; `positive` or `negative` for a urine test' }),
  unit: z
    .string({ error: 'Must be a unit such as U/L or mg/dL' })
    .max(20, { error: 'Must be a unit such as U/L or mg/dL' })
    .optional()
    .meta({
      description:
        'U/L or ukat/L (ALT, AST, ALP), mg/dL or umol/L (total bilirubin); none or `1` for INR and the urine tests',
    }),
  upperLimit: z.number({ error: "Must be the lab's upper limit as a number" }).optional().meta({
    description: "The lab's own upper limit, in the value's unit; the reference default is used when absent",
  }),
  collectedAt: z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' }),
});
export type TCreateLabRequest = z.infer<typeof ZCreateLabRequest>;

/** The stored body and the response fields: the entry as given and its canonical reading. */
export const ZLabBody = z.object({
  loinc: z.string(),
  /** The test the code stands for (`alt`, `totalBilirubin`, `kratomUrine`…). */
  test: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  upperLimit: z.number().nullable(),
  collectedAt: z.string(),
  /** The value in the canonical unit (U/L, mg/dL); null for a urine test. */
  canonicalValue: z.number().nullable(),
  canonicalUnit: z.string().nullable(),
  /** The upper limit used: the lab's, converted, or the reference default; null for INR and urine tests. */
  canonicalUpperLimit: z.number().nullable(),
  /** True when the reference default stands in for the lab's own upper limit (Appendix C.1.3). */
  upperLimitDefaulted: z.boolean(),
});
export type TLabBody = z.infer<typeof ZLabBody>;

function toApiIssue(issue: LabEntryIssue): TApiIssue {
  return { path: [issue.field], message: LIVER_MESSAGES_EN[issue.messageKey] };
}

/**
 * A stored lab body as the liver assessment reads it: the entry as it was accepted, so the domain
 * re-checks it with today's rules.
 *
 * @param id - The record's id (the assessment's `basis` names it).
 * @param body - The stored body.
 * @returns The domain's stored-lab shape.
 */
export function toStoredLab(id: string, body: TLabBody): StoredLab {
  return {
    id,
    loinc: body.loinc,
    value: body.value,
    unit: body.unit,
    upperLimit: body.upperLimit,
    collectedAtMs: Date.parse(body.collectedAt),
  };
}

/** The lab record type: append-only, consent category `labs`. */
export const LABS = defineRecordType({
  name: 'labs',
  resourceType: 'lab',
  title: { one: 'a lab result', many: 'lab results' },
  consentCategory: 'labs',
  access: 'clinical',
  versioning: 'append-only',
  create: ZCreateLabRequest,
  body: ZLabBody,
  view: ZLabBody,
  toBody: (request: TCreateLabRequest, { now }) => {
    const collectedAtMs = Date.parse(request.collectedAt);
    const checked = validateLabEntry(
      {
        loinc: request.loinc,
        value: request.value,
        unit: request.unit,
        upperLimit: request.upperLimit,
        collectedAtMs,
      },
      now.getTime(),
    );
    if (checked.status === 'invalid') {
      return { ok: false, issues: checked.issues.map(toApiIssue) };
    }
    const { lab } = checked;
    const collectedAt = new Date(collectedAtMs).toISOString();
    const body: TLabBody =
      lab.kind === 'quantitative'
        ? {
            loinc: lab.loinc,
            test: lab.test,
            value: lab.value,
            unit: request.unit ?? null,
            upperLimit: lab.upperLimit,
            collectedAt,
            canonicalValue: lab.canonicalValue,
            canonicalUnit: lab.canonicalUnit,
            canonicalUpperLimit: lab.canonicalUpperLimit,
            upperLimitDefaulted: lab.upperLimitDefaulted,
          }
        : {
            loinc: lab.loinc,
            test: lab.test,
            value: lab.result,
            unit: null,
            upperLimit: null,
            collectedAt,
            canonicalValue: null,
            canonicalUnit: null,
            canonicalUpperLimit: null,
            upperLimitDefaulted: false,
          };
    return { ok: true, body, recordedAt: collectedAt };
  },
  toView: (body: TLabBody) => ({
    loinc: body.loinc,
    test: body.test,
    value: body.value,
    unit: body.unit,
    upperLimit: body.upperLimit,
    collectedAt: body.collectedAt,
    canonicalValue: body.canonicalValue,
    canonicalUnit: body.canonicalUnit,
    canonicalUpperLimit: body.canonicalUpperLimit,
    upperLimitDefaulted: body.upperLimitDefaulted,
  }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('lab'),
  // LiverTox case 8332's ALT (REFERENCE §8 vector H1), entered for a fictional patient.
  example: { loinc: '1742-6', value: 126, unit: 'U/L', upperLimit: 35, collectedAt: '2026-03-01T08:30:00.000Z' },
});

/** One lab result as the API answers it. */
export type TLab = TRecordOf<typeof ZLabBody>;
export const ZLabResponse = LABS.response;
export const ZListLabsResponse = LABS.listResponse;
export const ZListLabsQuery = LABS.listQuery;
