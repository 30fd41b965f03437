import { z } from 'zod';
import { CONSENT_CATEGORY_VALUES, REDISCLOSURE_NOTICE_VERSION, type TConsentCategory } from './consents.js';
import { boundedText, ZRecordId } from './list-query.js';
import { ZLiverAssessmentResponse } from './liver.js';
import { ZPlanVersion } from './treatment-plan.js';
import { ASSESSMENTS } from './records/assessments.js';
import { LABS } from './records/labs.js';
import { MEDICATIONS } from './records/medications.js';

/*
 * The hand-off summary (issue 10 §9): a printable clinical summary for a referral. One read
 * assembles it (`GET /api/patients/:id/summary`, the care team's own copy); producing it for an
 * outside recipient is a disclosure under a patient consent (`POST …/summary/disclosures`), and
 * then only the sections that consent covers are filled. docs/decisions/0028-handoff-summary.md.
 */

/** The summary's sections, in print order. */
export const HANDOFF_SECTIONS = ['problems', 'medications', 'scores', 'labs', 'plan'] as const;
export type THandoffSection = (typeof HANDOFF_SECTIONS)[number];

/**
 * The consent category each section's records are kept under: a disclosure fills a section only
 * when the consent covers it (42 CFR §2.31(a)(2): the consent says how much and what kind of
 * information). The problem list is derived from intake and scores, kept as `assessments`; the
 * plan is clinical documentation, under `notes` (a consent to `all` covers both).
 */
export const HANDOFF_SECTION_CATEGORIES: Readonly<Record<THandoffSection, TConsentCategory>> = {
  problems: ASSESSMENTS.consentCategory,
  medications: MEDICATIONS.consentCategory,
  scores: ASSESSMENTS.consentCategory,
  labs: LABS.consentCategory,
  plan: 'notes',
};

/**
 * Where a section stands: `included` (its items follow, possibly none), `not-recorded` (the chart
 * holds nothing of the kind yet) or `not-covered` (a disclosure whose consent does not cover the
 * section's category: left out, never sent).
 */
export const HANDOFF_SECTION_STATUSES = ['included', 'not-recorded', 'not-covered'] as const;
export type THandoffSectionStatus = (typeof HANDOFF_SECTION_STATUSES)[number];

const ZSectionStatus = z.enum(HANDOFF_SECTION_STATUSES);

function section<T extends z.ZodType>(item: T): z.ZodObject<{ status: typeof ZSectionStatus; items: z.ZodArray<T> }> {
  return z.object({ status: ZSectionStatus, items: z.array(item) });
}

/** A record in a section: its id, clinical time and the fields its type lets leave the server. */
const ZItem = z.object({ id: z.string(), recordedAt: z.string() });

/** One problem on the problem list: a catalogue key and what it was derived with. */
export const ZHandoffProblem = z.object({
  id: z.string(),
  messageKey: z.string(),
  severity: z.string().nullable(),
  substance: z.string().nullable(),
});

/** The current revision of the treatment plan: what it says, whom it names, when it is reviewed. */
export const ZHandoffPlan = ZPlanVersion.pick({
  revision: true,
  problems: true,
  goals: true,
  interventions: true,
  staff: true,
  reviewDate: true,
  savedAt: true,
  savedByName: true,
});

/** The liver assessment over the labs, without the notice (the summary carries it once). */
export const ZHandoffLiver = ZLiverAssessmentResponse.omit({ redisclosureNotice: true });

/** `GET /api/patients/:id/summary`, and the `summary` of a disclosure. */
export const ZHandoffSummary = z.object({
  generatedAt: z.string(),
  patient: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable(),
  }),
  /** The 42 CFR §2.32 notice, verbatim: printed on every copy. */
  redisclosureNotice: z.string(),
  redisclosureNoticeVersion: z.literal(REDISCLOSURE_NOTICE_VERSION),
  problems: section(ZHandoffProblem).extend({
    /** The ICD-10-CM code a clinician confirmed, or null. */
    confirmedCode: z.string().nullable(),
  }),
  /** Active medication orders, newest first. */
  medications: section(ZItem.extend(MEDICATIONS.view.shape)),
  /** The latest score of each instrument, newest first. */
  scores: section(ZItem.extend(ASSESSMENTS.view.shape)),
  /** The latest result of each test (LOINC), newest first. */
  labs: section(ZItem.extend(LABS.view.shape)),
  /** The liver assessment over the labs; null when the labs are not included. */
  liver: ZHandoffLiver.nullable(),
  /** The current plan revision, or null (status `not-recorded` before the first save, `not-covered`). */
  plan: z.object({ status: ZSectionStatus, current: ZHandoffPlan.nullable() }),
});
export type THandoffSummary = z.infer<typeof ZHandoffSummary>;

/**
 * `POST /api/patients/:id/summary/disclosures`: send the summary to an outside provider. The
 * recipient must be the one a consent in force names; without `consentId`, the newest such consent
 * is used.
 */
export const ZCreateSummaryDisclosureRequest = z.strictObject({
  /** The outside provider, as the consent names them. */
  recipient: boundedText(200),
  /** Why it is sent (kept on the disclosure row the patient sees). */
  purpose: boundedText(500),
  consentId: ZRecordId.optional(),
});
export type TCreateSummaryDisclosureRequest = z.infer<typeof ZCreateSummaryDisclosureRequest>;

/**
 * The consent a disclosure was made under, as its scope travels with the copy (42 CFR §2.32: a copy
 * of the consent or a clear explanation of its scope; SECURITY.md P2-02).
 */
export const ZDisclosedUnderConsent = z.object({
  id: z.string(),
  recipientName: z.string(),
  categories: z.array(z.enum(CONSENT_CATEGORY_VALUES)),
  purpose: z.string(),
  expiresAt: z.string().nullable(),
  expiryEvent: z.string().nullable(),
  signedAt: z.string(),
});
export type TDisclosedUnderConsent = z.infer<typeof ZDisclosedUnderConsent>;

/** The disclosure row written, the consent's scope, and the summary as disclosed. */
export const ZSummaryDisclosureResponse = z.object({
  disclosure: z.object({
    id: z.string(),
    consentId: z.string(),
    recipientName: z.string(),
    purpose: z.string(),
    categories: z.array(z.enum(CONSENT_CATEGORY_VALUES)),
    occurredAt: z.string(),
  }),
  consent: ZDisclosedUnderConsent,
  summary: ZHandoffSummary,
});
export type TSummaryDisclosureResponse = z.infer<typeof ZSummaryDisclosureResponse>;
