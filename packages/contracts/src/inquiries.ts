import {
  INQUIRY_ACTIVITY_KINDS,
  INQUIRY_BEST_TIMES,
  INQUIRY_FOR_WHOM,
  INQUIRY_NEEDS,
  INQUIRY_STATUSES,
  LEVELS_OF_CARE,
  MANUAL_INQUIRY_ACTIVITY_KINDS,
  PAYERS,
  PRIOR_AUTHORISATION_STATES,
  US_STATES,
} from '@kratom-care/domain';
import { z } from 'zod';
import { ZEmail } from './auth.js';
import { boundedText, listResponse, ZListQuery, ZRecordId } from './list-query.js';

/*
 * Call-back requests ("inquiries") and the admissions pipeline (issue 11 §3–§5). The public form
 * posts `ZCreateInquiryRequest`; admissions staff of the request's facility work it through the
 * other routes. The vocabularies come from the domain, so a new level of care or payer cannot
 * drift between finder, form and queue.
 */

/**
 * The shortest time, in milliseconds, a person takes to fill the form. A faster submit is a bot
 * (or a form filled by an extension); it is answered 400 naming `elapsedMs`, so a real person who
 * was that fast can simply send again (docs/decisions/0031-inquiries-and-admissions.md).
 */
export const INQUIRY_MIN_FILL_MS = 3000;

/** A request's reference, what the person quotes on the phone: `KC-` and two groups of four. */
export const INQUIRY_REFERENCE_PATTERN = /^KC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A web form sends '' for a field left empty: that is "not given", not a bad value. */
function blankAsAbsent<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `Must be one of ${values.join(', ')}` });
}

/** A US phone number as people type it: 10 or 11 digits, with spaces, dots, dashes, brackets or a leading +. */
export const ZInquiryPhone = z
  .string({ error: 'Must be a phone number' })
  .trim()
  .regex(/^\+?[0-9 ().-]{7,25}$/, { error: 'Must be a phone number, with its area code, e.g. 215-555-0123' })
  .refine(
    (phone) => {
      const digits = phone.replace(/\D/g, '');
      return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
    },
    { error: 'Must be a US phone number with its area code (10 digits)' },
  );

/** A five-digit US ZIP code; whether it exists is checked by the server against the ZIP centroids. */
export const ZZipCode = z
  .string({ error: 'Must be a five-digit ZIP code' })
  .trim()
  .regex(/^\d{5}$/, { error: 'Must be a five-digit ZIP code' });

export const ZInquiryStatus = oneOf(INQUIRY_STATUSES);
export const ZLevelOfCare = oneOf(LEVELS_OF_CARE);
export const ZPayerKind = oneOf(PAYERS);
export const ZUsState = z.enum(US_STATES as unknown as readonly [string, ...string[]], {
  error: 'Must be a two-letter US state code, e.g. PA',
});

export const ZInquiryPayer = z.strictObject({
  kind: ZPayerKind,
  /** The insurer's name for `commercial` (and any plan the person names). */
  insurer: blankAsAbsent(boundedText(120)),
  memberId: blankAsAbsent(boundedText(40)),
});
export type TInquiryPayer = z.infer<typeof ZInquiryPayer>;

/**
 * `POST /api/inquiries` (public, `Idempotency-Key` required). At least one of phone and email
 * (issue path `phone`), and one of ZIP code and state (path `zip`); `website` is the honeypot a
 * person never sees and must stay empty; `elapsedMs` is how long the form was open.
 */
/** A refinement's `when`: the named fields parsed without a problem (what they hold is worth checking). */
function noIssueAt(...fields: string[]): (payload: z.core.ParsePayload) => boolean {
  return (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    // An issue's path may still be unset while the object is being parsed.
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}

export const ZCreateInquiryRequest = z
  .strictObject({
    name: boundedText(120),
    phone: blankAsAbsent(ZInquiryPhone),
    email: blankAsAbsent(ZEmail),
    bestTime: oneOf(INQUIRY_BEST_TIMES),
    forWhom: oneOf(INQUIRY_FOR_WHOM),
    zip: blankAsAbsent(ZZipCode),
    state: blankAsAbsent(ZUsState),
    payer: ZInquiryPayer.optional(),
    levelOfCare: blankAsAbsent(ZLevelOfCare),
    facilityId: blankAsAbsent(ZRecordId),
    needs: z
      .array(oneOf(INQUIRY_NEEDS), { error: 'Must be a list' })
      .max(INQUIRY_NEEDS.length, { error: 'Name each need once' })
      .refine((needs) => new Set(needs).size === needs.length, { error: 'Name each need once' })
      .default([]),
    consentToContact: z.literal(true, { error: 'We can only call you back when you agree to be contacted' }),
    /** The self-check summary, only when the person chose to attach it. */
    selfCheckSummary: blankAsAbsent(boundedText(4000)),
    website: z.literal('', { error: 'Leave this field empty' }).optional(),
    elapsedMs: z
      .number({ error: 'Must be a number of milliseconds' })
      .int({ error: 'Must be a whole number of milliseconds' })
      .min(INQUIRY_MIN_FILL_MS, { error: 'The form was sent too quickly; wait a moment and send it again' })
      .max(7 * 24 * 60 * 60 * 1000, { error: 'Must be at most a week' }),
  })
  // `when`: these run even while other fields are wrong, so one submit names every missing answer.
  .refine((body) => body.phone !== undefined || body.email !== undefined, {
    path: ['phone'],
    error: 'Give a phone number or an email address',
    when: noIssueAt('phone', 'email'),
  })
  .refine((body) => body.zip !== undefined || body.state !== undefined, {
    path: ['zip'],
    error: 'Give a ZIP code or a state',
    when: noIssueAt('zip', 'state'),
  });
export type TCreateInquiryRequest = z.infer<typeof ZCreateInquiryRequest>;
/** What the form holds before parsing (empty strings for fields left empty). */
export type TCreateInquiryInput = z.input<typeof ZCreateInquiryRequest>;

export const ZCreateInquiryResponse = z.object({ reference: z.string() });
export type TCreateInquiryResponse = z.infer<typeof ZCreateInquiryResponse>;

// ── the admissions side ─────────────────────────────────────────────────────────────────────

/** The benefits checklist as the coordinator fills it in; `verified: true` stamps who and when. */
export const ZInquiryBenefitsInput = z.strictObject({
  payerKind: ZPayerKind.optional(),
  insurer: boundedText(120, 0).optional(),
  planType: boundedText(120, 0).optional(),
  memberId: boundedText(40, 0).optional(),
  inNetwork: z.boolean({ error: 'Must be true or false' }).nullable().optional(),
  deductibleNotes: boundedText(1000, 0).optional(),
  outOfPocketNotes: boundedText(1000, 0).optional(),
  priorAuthorisation: oneOf(PRIOR_AUTHORISATION_STATES).optional(),
  verified: z.boolean({ error: 'Must be true or false' }).default(false),
});
export type TInquiryBenefitsInput = z.input<typeof ZInquiryBenefitsInput>;

/** The benefits checklist as stored: the fields, and who verified them when (set by the server). */
export const ZInquiryBenefits = z.object({
  payerKind: ZPayerKind.nullable(),
  insurer: z.string().nullable(),
  planType: z.string().nullable(),
  memberId: z.string().nullable(),
  inNetwork: z.boolean().nullable(),
  deductibleNotes: z.string().nullable(),
  outOfPocketNotes: z.string().nullable(),
  priorAuthorisation: oneOf(PRIOR_AUTHORISATION_STATES).nullable(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TInquiryBenefits = z.infer<typeof ZInquiryBenefits>;

const ZIsoDate = z
  .string({ error: 'Must be a date like 2027-01-31' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Must be a date like 2027-01-31' })
  .refine((text) => new Date(`${text}T00:00:00.000Z`).toISOString().startsWith(text), { error: 'Must be a real date' });

export const ZInquiryTransportInput = z.strictObject({
  pickupLocation: boundedText(300),
  date: ZIsoDate,
  needs: boundedText(1000, 0).optional(),
});
export type TInquiryTransportInput = z.infer<typeof ZInquiryTransportInput>;

export const ZInquiryTransport = z.object({
  pickupLocation: z.string(),
  date: z.string(),
  needs: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
});
export type TInquiryTransport = z.infer<typeof ZInquiryTransport>;

/** One row of the queue, with its timers. */
export const ZInquirySummary = z.object({
  id: z.string(),
  reference: z.string(),
  facilityId: z.string(),
  status: ZInquiryStatus,
  name: z.string(),
  forWhom: oneOf(INQUIRY_FOR_WHOM),
  bestTime: oneOf(INQUIRY_BEST_TIMES),
  levelOfCare: ZLevelOfCare.nullable(),
  needs: z.array(oneOf(INQUIRY_NEEDS)),
  routedToFamilyProgramme: z.boolean(),
  submittedAt: z.string(),
  firstContactAt: z.string().nullable(),
  /** Whole minutes from submission to the first contact, or to now while nobody has made contact. */
  minutesWaiting: z.number().int(),
  /** True when `minutesWaiting` passed the first-contact target (`INQUIRY_FIRST_CONTACT_TARGET_MINUTES`). */
  firstContactOverdue: z.boolean(),
  version: z.number().int(),
});
export type TInquirySummary = z.infer<typeof ZInquirySummary>;

export const ZInquiryActivity = z.object({
  id: z.string(),
  kind: oneOf(INQUIRY_ACTIVITY_KINDS),
  text: z.string().nullable(),
  fromStatus: ZInquiryStatus.nullable(),
  toStatus: ZInquiryStatus.nullable(),
  /** Null for the person's own submission. */
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type TInquiryActivity = z.infer<typeof ZInquiryActivity>;

/** `GET /api/inquiries/:id` (and the answer of every change): the request, its checklists and its log, oldest first. */
export const ZInquiryDetail = ZInquirySummary.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  zip: z.string().nullable(),
  state: z.string().nullable(),
  payer: z.object({ kind: ZPayerKind, insurer: z.string().nullable(), memberId: z.string().nullable() }).nullable(),
  selfCheckSummary: z.string().nullable(),
  closeReason: z.string().nullable(),
  benefits: ZInquiryBenefits.nullable(),
  transport: ZInquiryTransport.nullable(),
  convertedPatientId: z.string().nullable(),
  /** The request this one was referred on from (another facility of the network), if any. */
  referredFromReference: z.string().nullable(),
  activity: z.array(ZInquiryActivity),
  /** Optional: an answer stored for an `Idempotency-Key` replay before it was added has none. */
  firstContactTargetMinutes: z.number().int().min(1).optional().meta({
    description:
      'The first-contact target in minutes (INQUIRY_FIRST_CONTACT_TARGET_MINUTES, 60 when unset) that firstContactOverdue is measured against',
  }),
});
export type TInquiryDetail = z.infer<typeof ZInquiryDetail>;

/** The queue's `status` filter: one status, or `open` for every status still being worked. */
export const INQUIRY_QUEUE_FILTERS = [...INQUIRY_STATUSES, 'open'] as const;

/**
 * `GET /api/inquiries`: one facility's requests (or every facility where the caller works in
 * admissions), oldest first, keyset paged.
 */
export const ZListInquiriesQuery = ZListQuery.extend({
  facilityId: ZRecordId.optional(),
  status: oneOf(INQUIRY_QUEUE_FILTERS).optional(),
});
export type TListInquiriesQuery = z.infer<typeof ZListInquiriesQuery>;
/**
 * The queue page: its rows, the next cursor, and the first-contact target every row's
 * `firstContactOverdue` is measured against, so the queue can say what "overdue" means.
 */
export const ZListInquiriesResponse = listResponse(ZInquirySummary).extend({
  firstContactTargetMinutes: z.number().int().min(1).meta({
    description:
      'The first-contact target in minutes (INQUIRY_FIRST_CONTACT_TARGET_MINUTES, 60 when unset): a row is overdue past it',
  }),
});
export type TListInquiriesResponse = z.infer<typeof ZListInquiriesResponse>;

/**
 * `PATCH /api/inquiries/:id` (`If-Match`): a status change (closing needs `closeReason`), the
 * benefits checklist, the transport request, or a move to another facility of the network.
 * `referred-out` is set by the referral route, which records the disclosure.
 */
export const ZUpdateInquiryRequest = z
  .strictObject({
    status: ZInquiryStatus.optional(),
    closeReason: boundedText(300).optional(),
    benefits: ZInquiryBenefitsInput.optional(),
    transport: ZInquiryTransportInput.optional(),
    facilityId: ZRecordId.optional(),
  })
  .superRefine((body, context) => {
    if (Object.keys(body).length === 0) {
      context.addIssue({ code: 'custom', path: [], message: 'Change at least one field' });
    }
    if (body.status === 'closed' && body.closeReason === undefined) {
      context.addIssue({ code: 'custom', path: ['closeReason'], message: 'Give a reason for closing' });
    }
    if (body.closeReason !== undefined && body.status !== 'closed') {
      context.addIssue({ code: 'custom', path: ['closeReason'], message: 'Only with status closed' });
    }
    if (body.status === 'referred-out') {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'Refer the person out with the referral, which records what was shared',
      });
    }
  });
export type TUpdateInquiryRequest = z.infer<typeof ZUpdateInquiryRequest>;

/** `POST /api/inquiries/:id/activities` (`Idempotency-Key`): a call, message or note. */
export const ZCreateInquiryActivityRequest = z.strictObject({
  kind: oneOf(MANUAL_INQUIRY_ACTIVITY_KINDS),
  text: boundedText(2000),
});
export type TCreateInquiryActivityRequest = z.infer<typeof ZCreateInquiryActivityRequest>;

/**
 * `POST /api/inquiries/:id/convert` (`Idempotency-Key`): makes the person a patient of the
 * request's facility, carrying name, phone and email across. The form takes one name; when it
 * holds a single word, the coordinator gives the family name learnt on the call.
 */
export const ZConvertInquiryRequest = z.strictObject({
  givenName: boundedText(120).optional(),
  familyName: boundedText(120).optional(),
});
export type TConvertInquiryRequest = z.infer<typeof ZConvertInquiryRequest>;
export const ZConvertInquiryResponse = z.object({ patientId: z.string() });
export type TConvertInquiryResponse = z.infer<typeof ZConvertInquiryResponse>;

/**
 * `POST /api/inquiries/:id/referrals` (`Idempotency-Key`): refer the person to a facility of the
 * network (`toFacilityId`) or outside it (`toName`), with a summary. Outside the network only when
 * the person agreed to it on the call (`consentConfirmed: true`): the referral is a disclosure.
 */
export const ZCreateInquiryReferralRequest = z
  .strictObject({
    toFacilityId: ZRecordId.optional(),
    toName: boundedText(200).optional(),
    summary: boundedText(4000),
    consentConfirmed: z.boolean({ error: 'Must be true or false' }).optional(),
  })
  .superRefine((body, context) => {
    if ((body.toFacilityId === undefined) === (body.toName === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['toFacilityId'],
        message: 'Name either a facility of the network or an outside provider',
      });
    }
    if (body.toName !== undefined && body.consentConfirmed !== true) {
      context.addIssue({
        code: 'custom',
        path: ['consentConfirmed'],
        message: 'Confirm that the person agreed to this referral outside the network',
      });
    }
  });
export type TCreateInquiryReferralRequest = z.infer<typeof ZCreateInquiryReferralRequest>;

/** `GET /api/inquiries/reports`: for managers (admissions or admin of the facility). */
export const ZInquiryReportsQuery = z.strictObject({
  facilityId: ZRecordId.optional(),
  /** Requests submitted from this time on (ISO-8601). */
  from: z.iso.datetime({ error: 'Must be a date and time like 2027-01-31T00:00:00Z' }).optional(),
  /** … and before this time. */
  to: z.iso.datetime({ error: 'Must be a date and time like 2027-01-31T00:00:00Z' }).optional(),
});
export type TInquiryReportsQuery = z.infer<typeof ZInquiryReportsQuery>;

const ZConversion = z.object({ inquiries: z.number().int(), admitted: z.number().int(), rate: z.number().nullable() });

export const ZInquiryReports = z.object({
  facilityIds: z.array(z.string()),
  /** Per status: how many requests are in it now, and how many ever reached it. */
  funnel: z.array(z.object({ status: ZInquiryStatus, current: z.number().int(), reached: z.number().int() })),
  medianMinutesToFirstContact: z.number().nullable(),
  firstContactTargetMinutes: z.number().int(),
  conversionByLevel: z.array(ZConversion.extend({ levelOfCare: ZLevelOfCare.nullable() })),
  conversionByFacility: z.array(ZConversion.extend({ facilityId: z.string(), facilityName: z.string() })),
});
export type TInquiryReports = z.infer<typeof ZInquiryReports>;

/** Audit actions of the inquiry routes (contracts/audit-actions.ts lists them with the rest). */
export const INQUIRY_AUDIT_ACTIONS = [
  'inquiry.submit',
  'inquiry.list',
  'inquiry.read',
  'inquiry.update',
  'inquiry.activity',
  'inquiry.convert',
  'inquiry.refer',
  'inquiry.report',
] as const;
