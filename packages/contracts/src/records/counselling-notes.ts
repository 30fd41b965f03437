import { z } from 'zod';
import { boundedText } from '../list-query.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';
import { NOTE_SECTION_MAX, noteTime } from './notes.js';

/*
 * Counselling notes (issue 10 §8): a counsellor's notes of a session, stored apart from progress
 * notes, under their own consent category `counselling-notes` and their own access profile
 * `counselling`: the care team writes them; a clinician reads only the notes they wrote themselves
 * (`authorOnly`, SECURITY.md AC-09); a family member reads them only with a consent that names
 * `counselling-notes` itself (a consent to `notes` or to `all` does not cover them); the patient
 * does not read them through the portal. 42 CFR Part 2 (2024) treats SUD counselling notes like
 * HIPAA psychotherapy notes: their own consent, never combined with another. Why, and what is left:
 * docs/decisions/0025-plan-versions-and-notes.md and 0035-counselling-notes-author-only.md.
 * Append-only, like progress notes.
 */

const ZSessionTime = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

/** The kinds of counselling session. */
export const COUNSELLING_SESSION_KINDS = ['individual', 'group', 'family'] as const;

/** `POST /api/patients/:id/counselling-notes`. */
export const ZCounsellingNoteRequest = z.strictObject({
  /** When the session took place (not in the future). */
  sessionAt: ZSessionTime,
  sessionKind: z.enum(COUNSELLING_SESSION_KINDS, {
    error: `Must be one of ${COUNSELLING_SESSION_KINDS.join(', ')}`,
  }),
  text: boundedText(NOTE_SECTION_MAX),
});
export type TCounsellingNoteRequest = z.infer<typeof ZCounsellingNoteRequest>;

/** The stored body and the response fields; `sessionAt` as UTC ISO text. */
export const ZCounsellingNoteBody = z.object({
  sessionAt: z.string(),
  sessionKind: z.enum(COUNSELLING_SESSION_KINDS),
  text: z.string(),
});
export type TCounsellingNoteBody = z.infer<typeof ZCounsellingNoteBody>;

/** The counselling-note record type: append-only, consent category `counselling-notes`. */
export const COUNSELLING_NOTES = defineRecordType({
  name: 'counselling-notes',
  resourceType: 'counselling-note',
  title: { one: 'a counselling note', many: 'counselling notes' },
  consentCategory: 'counselling-notes',
  access: 'counselling',
  authorOnly: true,
  versioning: 'append-only',
  create: ZCounsellingNoteRequest,
  body: ZCounsellingNoteBody,
  view: ZCounsellingNoteBody,
  toBody: (request: TCounsellingNoteRequest, { now }) => {
    const sessionAt = noteTime('sessionAt', request.sessionAt, now);
    if (!sessionAt.ok) {
      return sessionAt;
    }
    const body: TCounsellingNoteBody = {
      sessionAt: sessionAt.body,
      sessionKind: request.sessionKind,
      text: request.text,
    };
    return { ok: true, body, recordedAt: sessionAt.body };
  },
  toView: (body: TCounsellingNoteBody) => ({
    sessionAt: body.sessionAt,
    sessionKind: body.sessionKind,
    text: body.text,
  }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('counselling-notes'),
  example: {
    sessionAt: '2026-03-02T14:00:00.000Z',
    sessionKind: 'individual',
    text: 'Explored evening cravings; practised urge surfing.',
  },
});

/** One counselling note as the API answers it. */
export type TCounsellingNote = TRecordOf<typeof ZCounsellingNoteBody>;
