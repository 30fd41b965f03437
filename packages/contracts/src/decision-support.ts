import { z } from 'zod';

/*
 * `GET /api/patients/{id}/decision-support` (issue 10 §4, §10): the medication decision-support
 * panel's current items, as the treatment domain builds them (packages/domain/src/treatment). For
 * clinicians only: it suggests, warns or blocks; nothing in it is an order. Texts are catalogue keys
 * with their values; times inside `values` and `inputs` are epoch milliseconds.
 */

const ZValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const ZValues = z.record(z.string(), ZValue);

/** One suggestion, warning or block, with the rule that fired, what it read and the records behind it. */
export const ZDecisionSupportItem = z.object({
  id: z.string(),
  kind: z.string(),
  severity: z.enum(['info', 'caution', 'warning', 'block']),
  ruleId: z.string(),
  ruleVersion: z.string(),
  messageKey: z.string(),
  values: ZValues,
  notes: z.array(z.object({ key: z.string(), values: ZValues })),
  inputs: ZValues,
  basis: z.array(z.string()),
  sourceIds: z.array(z.string()),
  orderId: z.string().nullable(),
});

const ZCowsRef = z.object({ id: z.string(), total: z.number(), assessedAt: z.string() }).nullable();

/** One buprenorphine dose given, tied to the COWS before it and the first COWS after it (null while due). */
export const ZInductionLogEntry = z.object({
  administrationId: z.string(),
  givenAt: z.string(),
  doseMg: z.number(),
  cowsBefore: ZCowsRef,
  cowsAfter: ZCowsRef,
});

/** Facts the panel reads that the product does not record yet; the rules treat them as unknown. */
export const DECISION_SUPPORT_NOT_RECORDED = ['kratom-use', 'co-use'] as const;

export const ZDecisionSupportResponse = z.object({
  /** The panel's moment: the server's time of the read. */
  at: z.string(),
  /** "Decision support for clinician review; nothing here is an order." Shown above the items. */
  disclaimerKey: z.string(),
  /** Blocks first, then warnings, cautions and information. */
  items: z.array(ZDecisionSupportItem),
  /** The buprenorphine induction log, oldest dose first (issue 10 §4). */
  inductionLog: z.array(ZInductionLogEntry),
  /** Inputs passed as unknown because nothing records them yet (kratom use comes with intake). */
  notRecorded: z.array(z.enum(DECISION_SUPPORT_NOT_RECORDED)),
});
export type TDecisionSupportResponse = z.infer<typeof ZDecisionSupportResponse>;
