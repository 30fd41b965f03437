import { z } from 'zod';
import { ZRole } from './auth.js';
import { AUDIT_ACTIONS, isAuditAction } from './audit-actions.js';
import { boundedText, listResponse, ZListQuery, ZRecordId, ZSearchText } from './list-query.js';

const ZIsoTime = z.iso.datetime({ error: 'Must be a date and time like 2026-11-28T16:00:00Z' });
const ZFlag = z.enum(['true', 'false'], { error: 'Must be true or false' }).transform((text) => text === 'true');

export const ZAuditQuery = ZListQuery.extend({
  patientId: ZRecordId.optional(),
  actorUserId: ZRecordId.optional(),
  from: ZIsoTime.optional(),
  to: ZIsoTime.optional(),
  /** One of {@link AUDIT_ACTIONS}; anything else is refused, so a typo never looks like "no rows". */
  action: z
    .string({ error: 'Must be text' })
    .refine(isAuditAction, { error: `Must be one of ${AUDIT_ACTIONS.join(', ')}` })
    .optional(),
  breakGlass: ZFlag.optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEvent = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  /** The actor's name now (null for an anonymous request or a removed user). */
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorFacilityId: z.string().nullable(),
  action: z.string(),
  patientId: z.string().nullable(),
  /** "Given Family" of the patient, when the row names one. */
  patientName: z.string().nullable(),
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

/** `GET /api/audit/people?q=`: people with a role at the privacy officer's facilities, by name. */
export const ZAuditPeopleQuery = ZListQuery.extend({ q: ZSearchText });
export type TAuditPeopleQuery = z.infer<typeof ZAuditPeopleQuery>;
export const ZAuditPerson = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Roles at the privacy officer's facilities only. */
  roles: z.array(z.object({ role: ZRole, facilityId: z.string() })),
});
export type TAuditPerson = z.infer<typeof ZAuditPerson>;
export const ZListAuditPeopleResponse = listResponse(ZAuditPerson);

export const ZBreakGlassListQuery = ZListQuery.extend({ reviewed: ZFlag.optional() });
export const ZBreakGlassGrant = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string().nullable(),
  patientId: z.string(),
  patientName: z.string().nullable(),
  facilityId: z.string(),
  reason: z.string(),
  startedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type TBreakGlassGrant = z.infer<typeof ZBreakGlassGrant>;
export const ZListBreakGlassResponse = listResponse(ZBreakGlassGrant);
export const ZBreakGlassReviewRequest = z.strictObject({ note: boundedText(1000) });
export const ZBreakGlassReviewResponse = ZBreakGlassGrant;
