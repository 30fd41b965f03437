import { REDISCLOSURE_NOTICE } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { PATIENT_A, USERS } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { grantFamilyConsent } from '../test/family-consent.js';
import { useAccessWorld } from '../test/use-access-world.js';

/*
 * Progress notes (SOAP), their addenda, and counselling notes (issue 10 §8) through the API. Counselling
 * notes carry their own consent category: a family member whose consent covers `notes`, or `all`, never
 * sees them (42 CFR §2.31(b), 2024 rule; SECURITY.md AC-09). Every person and note is fictional.
 */

const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const CANARY = 'CANARY-counselling-7f3a';

const soap = (overrides: object = {}) => ({
  noteAt: new Date(Date.now() - 60 * 60_000).toISOString(),
  subjective: 'Sleeping better; cravings in the evening.',
  objective: 'Calm, no tremor.',
  assessment: 'Withdrawal settling on day 4.',
  plan: 'Continue; review in two days.',
  ...overrides,
});

const counselling = (overrides: object = {}) => ({
  sessionAt: new Date(Date.now() - 30 * 60_000).toISOString(),
  sessionKind: 'individual',
  text: `Talked about her sister. ${CANARY}`,
  ...overrides,
});

type Role = Parameters<ReturnType<ReturnType<typeof useAccessWorld>>['request']>[0];

describe.each(TEST_TARGETS)('notes and counselling notes through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  const post = (path: string, payload: object, role: Role = 'clinician-on-care-team') =>
    world().request(role, {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/${path}`,
      payload,
      headers: { 'idempotency-key': `notes-key-${(keys += 1)}` },
    });
  const get = (path: string, role: Role = 'clinician-on-care-team') =>
    world().request(role, { method: 'GET', url: `/api/patients/${PATIENT_A}/${path}` });

  const familyConsent = (categories: readonly string[]): Promise<string> =>
    grantFamilyConsent(world().scratch.db, categories);

  it('a SOAP note is signed by its author, stored as written, and cannot be edited', async () => {
    const created = await post('notes', soap());
    expect(created.statusCode).toBe(201);
    const note = created.json<Record<string, unknown>>();
    expect(note).toMatchObject({
      recordedBy: USERS['clinician-on-care-team'],
      status: 'final',
      subjective: 'Sleeping better; cravings in the evening.',
      objective: 'Calm, no tremor.',
      assessment: 'Withdrawal settling on day 4.',
      plan: 'Continue; review in two days.',
    });
    const put = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url: `/api/patients/${PATIENT_A}/notes/${String(note.id)}`,
      payload: soap({ assessment: 'Changed' }),
      headers: { 'if-match': '"1"' },
    });
    expect(put.statusCode).toBe(404);
    const optional = await post('notes', soap({ subjective: undefined, objective: undefined }));
    expect(optional.json()).toMatchObject({ subjective: '', objective: '' });
  });

  it('bad notes name the field (400, nothing stored)', async () => {
    const cases: [object, string][] = [
      [soap({ assessment: '   ' }), 'assessment'],
      [soap({ plan: undefined }), 'plan'],
      [soap({ noteAt: 'yesterday' }), 'noteAt'],
      [soap({ noteAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }), 'noteAt'],
      [soap({ subjective: 'x'.repeat(10_001) }), 'subjective'],
      [soap({ objective: 42 }), 'objective'],
      [counselling({ sessionKind: 'couples' }), 'sessionKind'],
    ];
    const count = async () => (await get('notes')).json<{ items: unknown[] }>().items.length;
    const before = await count();
    for (const [payload, field] of cases) {
      const path = field === 'sessionKind' ? 'counselling-notes' : 'notes';
      const response = await post(path, payload);
      expect(response.statusCode, field).toBe(400);
      const paths = response.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path.join('.'));
      expect(paths, field).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('an addendum completes a note without editing it; a note entered in error takes none', async () => {
    const note = (await post('notes', soap())).json<{ id: string }>();
    const addendum = await post(`notes/${note.id}/addenda`, { text: 'Correction: COWS was 4.' });
    expect(addendum.statusCode).toBe(201);
    expect(addendum.json()).toMatchObject({ noteId: note.id, text: 'Correction: COWS was 4.' });
    expect((await get(`notes/${note.id}`)).json()).toMatchObject({
      assessment: 'Withdrawal settling on day 4.',
      version: 1,
    });
    const marked = await post(`notes/${note.id}/entered-in-error`, { reason: 'Written in the wrong chart' });
    expect(marked.statusCode).toBe(200);
    expect((await post(`notes/${note.id}/addenda`, { text: 'Too late' })).statusCode).toBe(409);
  });

  it('counselling notes: their author reads them; the patient does not', async () => {
    expect((await post('counselling-notes', counselling())).statusCode).toBe(201);
    const list = await get('counselling-notes');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(CANARY);
    expect((await get('counselling-notes', 'patient')).body).toBe(NOT_FOUND);
    expect((await post('counselling-notes', counselling(), 'patient')).body).toBe(NOT_FOUND);
  });

  it('a colleague on the care team reads only their own counselling notes: the author’s answer the 404 of a missing note, audited', async () => {
    const colleague = 'clinician-colleague-on-care-team';
    const authors = await post('counselling-notes', counselling());
    const noteId = authors.json<{ id: string }>().id;
    const own = await post('counselling-notes', counselling({ text: 'Colleague session: sleep hygiene.' }), colleague);
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ recordedBy: USERS[colleague] });

    const listed = await get('counselling-notes', colleague);
    expect(listed.statusCode).toBe(200);
    const ids = listed.json<{ items: { id: string; recordedBy: string }[] }>().items;
    expect(ids.every((item) => item.recordedBy === USERS[colleague])).toBe(true);
    expect(ids.map((item) => item.id)).toContain(own.json<{ id: string }>().id);
    expect(listed.body).not.toContain(CANARY);
    // And the other way round: the author does not list the colleague's note.
    expect((await get('counselling-notes')).body).not.toContain('Colleague session');

    const read = await get(`counselling-notes/${noteId}`, colleague);
    const missing = await get('counselling-notes/no-such-note', colleague);
    expect(read.statusCode).toBe(404);
    expect(read.body).toBe(NOT_FOUND);
    expect(missing.body).toBe(read.body);
    const marked = await post(
      `counselling-notes/${noteId}/entered-in-error`,
      { reason: 'Not mine to mark' },
      colleague,
    );
    expect(marked.body).toBe(NOT_FOUND);
    expect((await get(`counselling-notes/${noteId}`)).json()).toMatchObject({ status: 'final' });

    // Audited like any refused read: one row naming the note, outcome not-found, like a missing note's.
    const rows = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'resource_id', 'outcome'])
      .where('actor_user_id', '=', USERS[colleague])
      .where('action', 'in', ['counselling-notes.read', 'counselling-notes.entered-in-error'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { action: 'counselling-notes.read', resource_id: noteId, outcome: 'not-found' },
      { action: 'counselling-notes.read', resource_id: 'no-such-note', outcome: 'not-found' },
      { action: 'counselling-notes.entered-in-error', resource_id: noteId, outcome: 'not-found' },
    ]);
  });

  it("a family member's consent to notes, or to all, shows progress notes and never a counselling note", async () => {
    await post('notes', soap());
    await post('counselling-notes', counselling());
    await familyConsent(['notes']);
    const notes = await get('notes', 'family-without-consent');
    expect(notes.statusCode).toBe(200);
    expect(notes.json()).toMatchObject({ redisclosureNotice: REDISCLOSURE_NOTICE });
    expect(notes.body).not.toContain(CANARY);
    expect((await get('counselling-notes', 'family-without-consent')).body).toBe(NOT_FOUND);
    await familyConsent(['all']);
    expect((await get('counselling-notes', 'family-without-consent')).body).toBe(NOT_FOUND);
  });

  it('only a consent naming counselling-notes itself discloses them, with the notice and a disclosure row', async () => {
    await post('counselling-notes', counselling());
    const consentId = await familyConsent(['counselling-notes']);
    // The note's own consent covers every counselling note of the patient, whoever wrote it (42 CFR §2.31(b)).
    await post('counselling-notes', counselling({ text: 'Colleague session.' }), 'clinician-colleague-on-care-team');
    const read = await get('counselling-notes', 'family-without-consent');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ redisclosureNotice: REDISCLOSURE_NOTICE });
    expect(read.body).toContain(CANARY);
    expect(read.body).toContain('Colleague session.');
    const disclosure = await world()
      .scratch.db.selectFrom('disclosure')
      .select(['consent_id', 'categories', 'action'])
      .where('consent_id', '=', consentId)
      .executeTakeFirstOrThrow();
    expect(disclosure).toEqual({ consent_id: consentId, categories: '["counselling-notes"]', action: 'family-read' });
    // That consent gives nothing else.
    expect((await get('notes', 'family-without-consent')).body).toBe(NOT_FOUND);
  });

  it('a consent to counselling notes stands alone: combined with another category it is refused (400 naming categories)', async () => {
    const response = await world().request('patient', {
      method: 'POST',
      url: '/api/me/consents',
      payload: {
        recipientKind: 'treating-providers',
        categories: ['notes', 'counselling-notes'],
        purpose: 'Treatment',
        expiresAt: '2099-01-01T00:00:00.000Z',
        attestation: 'Sample Alder',
      },
      headers: { 'idempotency-key': `notes-key-${(keys += 1)}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toContainEqual([
      'categories',
    ]);
  });
});
