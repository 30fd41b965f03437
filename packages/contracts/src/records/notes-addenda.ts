import { z } from 'zod';
import { boundedText } from '../list-query.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';
import { NOTE_SECTION_MAX, ZProgressNoteBody } from './notes.js';

/*
 * An addendum to a progress note (`/api/patients/:id/notes/:noteId/addenda`): how a signed note is
 * completed or corrected without being edited. Nested under the note (decision 0022), so it exists
 * only for a note of the same patient and not for one entered in error. Signed by its own author.
 */

/** `POST /api/patients/:id/notes/:noteId/addenda`. */
export const ZNoteAddendumRequest = z.strictObject({
  text: boundedText(NOTE_SECTION_MAX),
});
export type TNoteAddendumRequest = z.infer<typeof ZNoteAddendumRequest>;

/** The stored body and the response fields: the note it adds to and the text. */
export const ZNoteAddendumBody = z.object({ noteId: z.string(), text: z.string() });
export type TNoteAddendumBody = z.infer<typeof ZNoteAddendumBody>;

/** The addendum record type: append-only, under its note, the note's consent category. */
export const NOTE_ADDENDA = defineRecordType({
  name: 'addenda',
  resourceType: 'progress-note-addendum',
  title: { one: 'an addendum to a progress note', many: 'addenda to a progress note' },
  consentCategory: 'notes',
  access: 'clinical',
  versioning: 'append-only',
  parent: { type: 'notes', param: 'noteId' },
  create: ZNoteAddendumRequest,
  body: ZNoteAddendumBody,
  view: ZNoteAddendumBody,
  toBody: (request: TNoteAddendumRequest, { parent }) => {
    const note = ZProgressNoteBody.safeParse(parent?.body);
    if (parent === undefined || !note.success) {
      // The platform always passes a nested type's parent; a body it did not write is a server fault.
      throw new Error('An addendum needs the progress note it adds to');
    }
    return { ok: true, body: { noteId: parent.id, text: request.text } };
  },
  toView: (body: TNoteAddendumBody) => ({ noteId: body.noteId, text: body.text }),
  filters: ['status', 'from', 'to'],
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('notes.addenda'),
  example: { text: 'Correction: COWS was 4, not 3.' },
});

/** One addendum as the API answers it. */
export type TNoteAddendum = TRecordOf<typeof ZNoteAddendumBody>;
