import { takenAtIssue } from '@kratom-care/domain';
import { z } from 'zod';
import { boundedText } from '../list-query.js';
import { defineRecordType, recordAuditActions, type BodyResult, type TRecordOf } from './define-record-type.js';

/*
 * Progress notes (issue 10 §8) as SOAP notes: subjective, objective, assessment, plan. Signed by
 * their author (the envelope's `recordedBy`, set by the server from the session, never from the
 * body) and never edited: a wrong note is marked entered in error with a reason, and a note is
 * completed by an addendum (`notes-addenda.ts`). Counselling notes are another type with their
 * own consent category (`counselling-notes.ts`). Why: docs/decisions/0025-plan-versions-and-notes.md.
 */

/** Longest section of a note, in characters (a note, not a document). */
export const NOTE_SECTION_MAX = 10_000;

const ZNoteTime = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

const optionalSection = z
  .string({ error: 'Must be text' })
  .trim()
  .max(NOTE_SECTION_MAX, { error: `Must be at most ${NOTE_SECTION_MAX} characters` })
  .optional();

/** `POST /api/patients/:id/notes`: a SOAP progress note. */
export const ZProgressNoteRequest = z.strictObject({
  /** When the encounter took place (not in the future). */
  noteAt: ZNoteTime,
  /** What the patient reports. */
  subjective: optionalSection,
  /** What the clinician observed and measured. */
  objective: optionalSection,
  /** The clinician's assessment: required, a note without one says nothing. */
  assessment: boundedText(NOTE_SECTION_MAX),
  /** What happens next: required. */
  plan: boundedText(NOTE_SECTION_MAX),
});
export type TProgressNoteRequest = z.infer<typeof ZProgressNoteRequest>;

/** The stored body and the response fields; `noteAt` as UTC ISO text, empty sections as ''. */
export const ZProgressNoteBody = z.object({
  noteAt: z.string(),
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
});
export type TProgressNoteBody = z.infer<typeof ZProgressNoteBody>;

/**
 * The encounter time of a note: not in the future (the vitals' clock-skew allowance).
 *
 * @param field - The request field, for the issue's path.
 * @param value - The validated ISO time.
 * @param now - The server's clock.
 * @returns The UTC ISO time, or the issue.
 */
export function noteTime(field: string, value: string, now: Date): BodyResult<string> {
  const ms = Date.parse(value);
  const late = takenAtIssue(ms, now.getTime());
  return late === undefined
    ? { ok: true, body: new Date(ms).toISOString() }
    : { ok: false, issues: [{ path: [field], message: late.message }] };
}

/** The progress-note record type: append-only, consent category `notes`. */
export const NOTES = defineRecordType({
  name: 'notes',
  resourceType: 'progress-note',
  title: { one: 'a progress note', many: 'progress notes' },
  consentCategory: 'notes',
  access: 'clinical',
  versioning: 'append-only',
  create: ZProgressNoteRequest,
  body: ZProgressNoteBody,
  view: ZProgressNoteBody,
  toBody: (request: TProgressNoteRequest, { now }) => {
    const noteAt = noteTime('noteAt', request.noteAt, now);
    if (!noteAt.ok) {
      return noteAt;
    }
    const body: TProgressNoteBody = {
      noteAt: noteAt.body,
      subjective: request.subjective ?? '',
      objective: request.objective ?? '',
      assessment: request.assessment,
      plan: request.plan,
    };
    return { ok: true, body, recordedAt: noteAt.body };
  },
  toView: (body: TProgressNoteBody) => ({
    noteAt: body.noteAt,
    subjective: body.subjective,
    objective: body.objective,
    assessment: body.assessment,
    plan: body.plan,
  }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('notes'),
  example: {
    noteAt: '2026-03-02T10:00:00.000Z',
    subjective: 'Sleeping better; cravings in the evening.',
    objective: 'Calm, no tremor. COWS 3.',
    assessment: 'Withdrawal settling on day 4.',
    plan: 'Continue plan; review in two days.',
  },
});

/** One progress note as the API answers it. */
export type TProgressNote = TRecordOf<typeof ZProgressNoteBody>;
