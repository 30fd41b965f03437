import { z } from 'zod';
import { ZEmail, ZRole } from './auth.js';
import { boundedText, listResponse, ZListQuery, ZOrder, ZRecordId, ZSearchText } from './list-query.js';

const ZBirthDate = z
  .string({ error: 'Must be a date like 1980-04-30' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Must be a date like 1980-04-30' })
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00.000Z`)) &&
      new Date(`${text}T00:00:00.000Z`).toISOString().startsWith(text),
    {
      error: 'Must be a real date',
    },
  );

const ZPhone = z
  .string({ error: 'Must be text' })
  .trim()
  .regex(/^[+0-9 ()-]{3,30}$/, { error: 'Must be a phone number (digits, spaces, + - and brackets)' });

export const ZPatient = z.object({
  id: z.string(),
  facilityId: z.string().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  hasAccount: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TPatient = z.infer<typeof ZPatient>;

export const ZCreatePatientRequest = z.strictObject({
  facilityId: ZRecordId,
  givenName: boundedText(120),
  familyName: boundedText(120),
  birthDate: ZBirthDate.optional(),
  email: ZEmail.optional(),
  phone: ZPhone.optional(),
});
export type TCreatePatientRequest = z.infer<typeof ZCreatePatientRequest>;

export const ZUpdatePatientRequest = z
  .strictObject({
    givenName: boundedText(120).optional(),
    familyName: boundedText(120).optional(),
    birthDate: ZBirthDate.nullable().optional(),
    email: ZEmail.nullable().optional(),
    phone: ZPhone.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Change at least one field' });
export type TUpdatePatientRequest = z.infer<typeof ZUpdatePatientRequest>;

export const PATIENT_LIST_SORTS = ['familyName', 'givenName', 'createdAt'] as const;

/**
 * `GET /api/patients` ("My patients"): `q` matches given or family name (case-insensitive, part of
 * the name); sorted by `sort` then id; keyset paged.
 */
export const ZListPatientsQuery = ZListQuery.extend({
  q: ZSearchText,
  sort: z.enum(PATIENT_LIST_SORTS, { error: `Must be one of ${PATIENT_LIST_SORTS.join(', ')}` }).default('familyName'),
  order: ZOrder,
});
export type TListPatientsQuery = z.infer<typeof ZListPatientsQuery>;

export const ZPatientResponse = ZPatient;
export const ZListPatientsResponse = listResponse(ZPatient);
export type TListPatientsResponse = z.infer<typeof ZListPatientsResponse>;

export const ZCareTeamParams = z.strictObject({ id: ZRecordId, userId: ZRecordId });
export const ZCareTeamResponse = z.object({ patientId: z.string(), clinicianUserIds: z.array(z.string()) });

/** `GET /api/patients/:id/care-team`: earliest member first. */
export const ZListCareTeamQuery = ZListQuery;
export const ZCareTeamMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  /** The member's roles at the patient's facility (normally `clinician`). */
  roles: z.array(ZRole),
  addedAt: z.string(),
});
export type TCareTeamMember = z.infer<typeof ZCareTeamMember>;
export const ZListCareTeamResponse = listResponse(ZCareTeamMember);
export type TListCareTeamResponse = z.infer<typeof ZListCareTeamResponse>;

export const ZBreakGlassRequest = z.strictObject({ reason: boundedText(500, 10) });
export const ZBreakGlassResponse = z.object({ id: z.string(), expiresAt: z.string() });

export const ZInvitePatientResponse = z.object({ invitationSent: z.literal(true) });
