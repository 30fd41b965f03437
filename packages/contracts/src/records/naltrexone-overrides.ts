import { naltrexoneOverrideIssues, TREATMENT_DRUGS } from '@kratom-care/domain';
import { z } from 'zod';
import type { TApiIssue } from '../errors.js';
import {
  defineRecordType,
  recordAuditActions,
  type BodyResult,
  type RecordContext,
  type TRecordOf,
} from './define-record-type.js';
import { requestIssues } from './medication-issues.js';
import { MEDICATIONS, ZMedicationBody } from './medications.js';

/*
 * A clinician's override of the naltrexone washout block (issue 10 §4, clinical reference §7 (d),
 * Appendix C.2.5): who overrides and why, under the naltrexone order it lifts the block for
 * (`/api/patients/:id/medications/:medId/naltrexone-overrides`). The reason must not be blank; that
 * rule is the treatment domain's `naltrexoneOverrideIssues`. The panel applies it only while its order
 * is for naltrexone (an order can be edited to another medicine; an override elsewhere lifts nothing),
 * and one under an order for another medicine is refused (400 naming `medId`, decision 0036).
 * Append-only: an override is withdrawn by
 * marking it entered in error, and the block comes back. Recording one orders nothing
 * (docs/decisions/0027-naltrexone-override-storage.md).
 */

/** `POST /api/patients/:id/medications/:medId/naltrexone-overrides`. */
export const ZNaltrexoneOverrideRequest = z.strictObject({
  /** Why the block does not apply (a negative mitragynine test, a naloxone challenge…). */
  reason: z
    .string({ error: 'Give the reason for the override' })
    .trim()
    // Also the domain's rule (naltrexoneOverrideIssues); here so the form refuses a blank reason before sending.
    .min(1, { error: 'An override needs a reason' })
    .max(1000, { error: 'At most 1000 characters' })
    .meta({ description: 'For example a negative mitragynine test or a naloxone challenge (Appendix C.2.5)' }),
  /** Who overrides (the clinician's name as charted); the signed-in account is the record's `recordedBy`. */
  overriddenBy: z
    .string({ error: 'Say who overrides' })
    .trim()
    .min(1, { error: 'Say who overrides' })
    .max(200, { error: 'At most 200 characters' }),
});
export type TNaltrexoneOverrideRequest = z.infer<typeof ZNaltrexoneOverrideRequest>;

/** The stored body and the response fields. */
export const ZNaltrexoneOverrideBody = z.object({
  medicationId: z.string(),
  /** The order's medicine when the override was recorded; only a naltrexone order's block is lifted. */
  drug: z.enum(TREATMENT_DRUGS),
  reason: z.string(),
  overriddenBy: z.string(),
  overriddenAt: z.string(),
});
export type TNaltrexoneOverrideBody = z.infer<typeof ZNaltrexoneOverrideBody>;

/** The URL parameter naming the order an override is recorded under. */
const NALTREXONE_PARENT_PARAM = 'medId';

/** Why an override under an order for another medicine is refused. */
export const NOT_A_NALTREXONE_ORDER = 'A naltrexone override can only be recorded under a naltrexone order';

function toBody(
  request: TNaltrexoneOverrideRequest,
  { now, parent }: RecordContext,
): BodyResult<TNaltrexoneOverrideBody> {
  const order = ZMedicationBody.safeParse(parent?.body);
  if (parent === undefined || !order.success) {
    // The platform always passes a nested type's parent; a body it did not write is a server fault.
    throw new Error('An override needs the naltrexone order it applies to');
  }
  if (order.data.drug !== 'naltrexone') {
    // An override under another medicine would be stored and lift nothing (decision 0036). The order
    // is named by the path, so the issue names the path's parameter.
    return { ok: false, issues: [{ path: [NALTREXONE_PARENT_PARAM], message: NOT_A_NALTREXONE_ORDER }] };
  }
  const reason = request.reason.trim();
  const overriddenBy = request.overriddenBy.trim();
  const issues: TApiIssue[] = requestIssues(
    'override',
    naltrexoneOverrideIssues({ orderId: parent.id, reason, overriddenBy }),
  );
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const overriddenAt = now.toISOString();
  return {
    ok: true,
    body: { medicationId: parent.id, drug: order.data.drug, reason, overriddenBy, overriddenAt },
    recordedAt: overriddenAt,
  };
}

/** The naltrexone-override record type: append-only, under the naltrexone order it applies to. */
export const NALTREXONE_OVERRIDES = defineRecordType({
  name: 'naltrexone-overrides',
  resourceType: 'naltrexone-override',
  title: { one: 'a naltrexone washout override', many: 'naltrexone washout overrides' },
  consentCategory: 'medications',
  access: 'clinical',
  versioning: 'append-only',
  parent: { type: MEDICATIONS.name, param: NALTREXONE_PARENT_PARAM },
  create: ZNaltrexoneOverrideRequest,
  body: ZNaltrexoneOverrideBody,
  view: ZNaltrexoneOverrideBody,
  toBody,
  toView: (body: TNaltrexoneOverrideBody) => ({
    medicationId: body.medicationId,
    drug: body.drug,
    reason: body.reason,
    overriddenBy: body.overriddenBy,
    overriddenAt: body.overriddenAt,
  }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('naltrexone-overrides'),
  example: {
    reason: 'Urine mitragynine negative today; naloxone challenge without withdrawal signs',
    overriddenBy: 'Dr Sample Fernhill',
  },
});

/** One override as the API answers it. */
export type TNaltrexoneOverride = TRecordOf<typeof ZNaltrexoneOverrideBody>;
