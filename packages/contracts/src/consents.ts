import { z } from 'zod';
import { ZEmail, ZPersonName } from './auth.js';
import { boundedText, listResponse, ZListQuery } from './list-query.js';

/**
 * The 42 CFR §2.32 short-form notice that accompanies every consented disclosure. Regulatory text,
 * kept verbatim and versioned (REFERENCE.md §12.3, statement 2, pre-2024 wording); never paraphrase.
 */
export const REDISCLOSURE_NOTICE = '42 CFR part 2 prohibits unauthorized disclosure of these records.';
export const REDISCLOSURE_NOTICE_VERSION = '2.32-short-pre2024';

export const CONSENT_CATEGORY_VALUES = [
  'assessments',
  'medications',
  'labs',
  'journal',
  'contingency-management',
  'notes',
  'vitals',
  'all',
  'counselling-notes',
] as const;

/**
 * Categories that `all` does not cover and that a consent must give alone: SUD counselling notes need
 * their own consent, never combined with a consent to other records (42 CFR §2.31, 2024 rule;
 * SECURITY.md AC-09, P2-01). See docs/decisions/0025-plan-versions-and-notes.md.
 */
export const STANDALONE_CONSENT_CATEGORIES: readonly TConsentCategory[] = ['counselling-notes'];
export const RECIPIENT_KIND_VALUES = ['family-user', 'external-provider', 'treating-providers'] as const;
export type TConsentCategory = (typeof CONSENT_CATEGORY_VALUES)[number];
export type TRecipientKind = (typeof RECIPIENT_KIND_VALUES)[number];

const ZCategory = z.enum(CONSENT_CATEGORY_VALUES, { error: `Must be one of ${CONSENT_CATEGORY_VALUES.join(', ')}` });

const ZIsoTime = z.iso.datetime({ error: 'Must be a date and time like 2027-01-31T00:00:00Z' });

export const ZCreateConsentRequest = z
  .strictObject({
    recipientKind: z.enum(RECIPIENT_KIND_VALUES, { error: `Must be one of ${RECIPIENT_KIND_VALUES.join(', ')}` }),
    recipientEmail: ZEmail.optional(),
    recipientName: ZPersonName.optional(),
    categories: z
      .array(ZCategory)
      .min(1, { error: 'Choose at least one category' })
      .max(CONSENT_CATEGORY_VALUES.length),
    purpose: boundedText(500),
    expiresAt: ZIsoTime.optional(),
    expiryEvent: boundedText(300).optional(),
    attestation: ZPersonName,
  })
  .superRefine((body, context) => {
    if (body.recipientKind === 'family-user' && body.recipientEmail === undefined) {
      context.addIssue({ code: 'custom', path: ['recipientEmail'], message: 'Required for a family member' });
    }
    // A family grantee is named, not only given by email: the patient sees whom they chose.
    if (body.recipientKind === 'family-user' && body.recipientName === undefined) {
      context.addIssue({ code: 'custom', path: ['recipientName'], message: 'Required for a family member' });
    }
    if (body.recipientKind === 'external-provider' && body.recipientName === undefined) {
      context.addIssue({ code: 'custom', path: ['recipientName'], message: 'Required for an outside provider' });
    }
    if (
      body.categories.length > 1 &&
      body.categories.some((category) => STANDALONE_CONSENT_CATEGORIES.includes(category))
    ) {
      context.addIssue({
        code: 'custom',
        path: ['categories'],
        message: 'A consent to counselling notes stands alone: give it separately from other records',
      });
    }
    if (body.expiresAt === undefined && body.expiryEvent === undefined) {
      context.addIssue({ code: 'custom', path: ['expiresAt'], message: 'Give an end date or an end event' });
    }
  });
export type TCreateConsentRequest = z.infer<typeof ZCreateConsentRequest>;

export const ZConsent = z.object({
  id: z.string(),
  consentGroupId: z.string(),
  version: z.number().int(),
  patientId: z.string(),
  recipientKind: z.enum(RECIPIENT_KIND_VALUES),
  recipientUserId: z.string().nullable(),
  /** The family account's email, for a `family-user` consent; null otherwise. */
  recipientEmail: z.string().nullable(),
  /** The family account's name, for a `family-user` consent; null otherwise. */
  recipientUserName: z.string().nullable(),
  recipientName: z.string().nullable(),
  categories: z.array(ZCategory),
  purpose: z.string(),
  expiresAt: z.string().nullable(),
  expiryEvent: z.string().nullable(),
  attestation: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  state: z.enum(['active', 'revoked', 'superseded', 'expired']),
});
export type TConsent = z.infer<typeof ZConsent>;
export type TConsentState = TConsent['state'];

export const ZConsentResponse = ZConsent;
/** `GET /api/me/consents`, `GET /api/patients/:id/consents`: newest first. */
export const ZListConsentsQuery = ZListQuery;
export const ZListConsentsResponse = listResponse(ZConsent);

export const ZDisclosure = z.object({
  id: z.string(),
  consentId: z.string().nullable(),
  recipientKind: z.enum(RECIPIENT_KIND_VALUES),
  recipientUserId: z.string().nullable(),
  recipientName: z.string().nullable(),
  categories: z.array(ZCategory),
  purpose: z.string(),
  action: z.string(),
  resourceType: z.string(),
  occurredAt: z.string(),
});
/** `GET /api/me/disclosures`: newest first. */
export const ZListDisclosuresQuery = ZListQuery;
export type TDisclosure = z.infer<typeof ZDisclosure>;
export const ZListDisclosuresResponse = listResponse(ZDisclosure).extend({ redisclosureNotice: z.string() });
export type TListDisclosuresResponse = z.infer<typeof ZListDisclosuresResponse>;

/**
 * `GET /api/me/patient`, for a family member: one entry per consent in force that names them, with
 * exactly the categories it grants (a category it does not grant is not listed at all).
 */
export const ZMePatientSummary = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  consentId: z.string(),
  categories: z.array(ZCategory),
  purpose: z.string(),
  expiresAt: z.string().nullable(),
  expiryEvent: z.string().nullable(),
});
export type TMePatientSummary = z.infer<typeof ZMePatientSummary>;
export const ZMePatientResponse = z.object({
  self: z
    .object({
      id: z.string(),
      facilityId: z.string().nullable(),
      givenName: z.string(),
      familyName: z.string(),
      birthDate: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
  /** At most 100 consents in force (oldest first); a family member with more is not a real case. */
  consentedPatients: z.array(ZMePatientSummary).max(100),
  /** The 42 CFR §2.32 notice; present whenever `consentedPatients` is not empty. */
  redisclosureNotice: z.string().optional(),
});
export type TMePatientResponse = z.infer<typeof ZMePatientResponse>;
