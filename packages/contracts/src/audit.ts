import { z } from 'zod';
import { boundedText, listResponse, ZLimit, ZOffset, ZRecordId } from './list-query.js';

const ZIsoTime = z.iso.datetime({ error: 'Must be a date and time like 2026-11-28T16:00:00Z' });
const ZFlag = z.enum(['true', 'false'], { error: 'Must be true or false' }).transform((text) => text === 'true');

export const ZAuditQuery = z.strictObject({
  patientId: ZRecordId.optional(),
  actorUserId: ZRecordId.optional(),
  from: ZIsoTime.optional(),
  to: ZIsoTime.optional(),
  action: z
    .string()
    .max(60)
    .regex(/^[a-z.-]+$/, { error: 'Must be an action like patient.read' })
    .optional(),
  breakGlass: ZFlag.optional(),
  limit: ZLimit,
  offset: ZOffset,
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEvent = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorFacilityId: z.string().nullable(),
  action: z.string(),
  patientId: z.string().nullable(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  outcome: z.string(),
  breakGlass: z.boolean(),
  reason: z.string().nullable(),
  requestId: z.string(),
  clientIp: z.string(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export const ZListAuditResponse = listResponse(ZAuditEvent);

export const ZBreakGlassListQuery = z.strictObject({ reviewed: ZFlag.optional() });
export const ZBreakGlassGrant = z.object({
  id: z.string(),
  userId: z.string(),
  patientId: z.string(),
  facilityId: z.string(),
  reason: z.string(),
  startedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export const ZListBreakGlassResponse = listResponse(ZBreakGlassGrant);
export const ZBreakGlassReviewRequest = z.strictObject({ note: boundedText(1000) });
export const ZBreakGlassReviewResponse = ZBreakGlassGrant;
