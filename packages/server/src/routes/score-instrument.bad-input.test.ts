import { ZApiError, type TApiError } from '@kratom-care/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { buildTestApp } from '../test/build-test-app.js';
import { postJson, postValue } from '../test/inject-json.js';
import { answersInOrder, lowestAnswers } from '../test/instrument-fixtures.js';

const COWS = '/api/instruments/cows/score';
const PHQ9 = '/api/instruments/phq9/score';
const validCows = (): Record<string, unknown> => ({ ...lowestAnswers('cows').answers });

/** Asserts a 400 INVALID_BODY whose issues name exactly these fields, one issue each. */
function expectInvalidBody(
  res: LightMyRequestResponse,
  paths: ReadonlyArray<ReadonlyArray<string | number>>,
): TApiError {
  expect(res.statusCode).toBe(400);
  const body = ZApiError.parse(res.json());
  expect(body.code).toBe('INVALID_BODY');
  const issuePaths = (body.issues ?? []).map((issue) => issue.path);
  expect(issuePaths).toHaveLength(paths.length);
  expect(new Set(issuePaths.map((path) => JSON.stringify(path)))).toEqual(
    new Set(paths.map((path) => JSON.stringify(path))),
  );
  for (const issue of body.issues ?? []) {
    expect(issue.message.length).toBeGreaterThan(0);
  }
  return body;
}

describe('POST /api/instruments/{id}/score with bad input', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 400 for no body at all', async () => {
    const res = await app.inject({ method: 'POST', url: COWS });
    expectInvalidBody(res, [[]]);
  });

  it('answers 400 for an empty body sent as JSON', async () => {
    const res = await postJson(app, COWS, '');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'INVALID_BODY', message: 'The body is empty' });
  });

  it('answers 400 naming "answers" for an empty JSON object', async () => {
    expectInvalidBody(await postValue(app, COWS, {}), [['answers']]);
  });

  it('answers 400 for invalid JSON', async () => {
    const res = await postJson(app, COWS, '{"answers": {"pulse": 0,');
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('INVALID_BODY');
    expect(body.message).toMatch(/^The body is not valid JSON/);
  });

  it('answers 415 for text/plain', async () => {
    const res = await app.inject({
      method: 'POST',
      url: COWS,
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(lowestAnswers('cows')),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json' });
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'])(
    'answers 415 for %s',
    async (type) => {
      const res = await app.inject({ method: 'POST', url: COWS, headers: { 'content-type': type }, payload: 'a=1' });
      expect(res.statusCode).toBe(415);
    },
  );

  it('answers 400 for an array body', async () => {
    expectInvalidBody(await postValue(app, COWS, [lowestAnswers('cows')]), [[]]);
  });

  it.each([null, 'answers', 3, true])('answers 400 for the JSON value %j as body', async (value) => {
    expectInvalidBody(await postValue(app, COWS, value), [[]]);
  });

  it('answers 400 naming "answers" when answers is an array', async () => {
    expectInvalidBody(await postValue(app, COWS, { answers: [0, 0, 0] }), [['answers']]);
  });

  it('names each missing item, one issue per item', async () => {
    const answers = validCows();
    delete answers['restlessness'];
    delete answers['gooseflesh'];
    const body = expectInvalidBody(await postValue(app, COWS, { answers }), [
      ['answers', 'restlessness'],
      ['answers', 'gooseflesh'],
    ]);
    expect(body.issues?.[0]?.message).toBe('Required: answer this item');
  });

  it('names each unknown item separately', async () => {
    const answers = { ...validCows(), heartRate: 80, mood: 2 };
    expectInvalidBody(await postValue(app, COWS, { answers }), [
      ['answers', 'heartRate'],
      ['answers', 'mood'],
    ]);
  });

  it('names an unknown top-level key', async () => {
    expectInvalidBody(await postValue(app, COWS, { answers: validCows(), patientName: 'Ava Testpatient' }), [
      ['patientName'],
    ]);
  });

  it('rejects COWS restlessness 2, which is not a published option (REFERENCE C9)', async () => {
    const body = expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), restlessness: 2 } }), [
      ['answers', 'restlessness'],
    ]);
    expect(body.issues?.[0]?.message).toContain('0, 1, 3, 5');
  });

  it('rejects PHQ-9 item value 4 (options are 0 to 3)', async () => {
    const answers = answersInOrder('phq9', [0, 0, 0, 4, 0, 0, 0, 0, 0]);
    expectInvalidBody(await postValue(app, PHQ9, { answers }), [['answers', 'tiredness']]);
  });

  it.each([
    ['the string "1"', '1'],
    ['a fraction', 1.5],
    ['a negative number', -1],
    ['null', null],
    ['an array', [1]],
    ['a boolean', true],
  ])('rejects %s as an answer', async (_label, value) => {
    expectInvalidBody(await postValue(app, PHQ9, { answers: { ...lowestAnswers('phq9').answers, sleep: value } }), [
      ['answers', 'sleep'],
    ]);
  });

  it('reports several bad fields at once, one issue each', async () => {
    const answers: Record<string, unknown> = { ...validCows(), sweating: '1', restlessness: 2, extra: 0 };
    delete answers['gi'];
    expectInvalidBody(await postValue(app, COWS, { answers }), [
      ['answers', 'sweating'],
      ['answers', 'restlessness'],
      ['answers', 'gi'],
      ['answers', 'extra'],
    ]);
  });

  it.each([19, 251, 0, -80])('rejects a pulse of %i bpm, naming pulse.bpm', async (bpm) => {
    const body = expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), pulse: { bpm } } }), [
      ['answers', 'pulse', 'bpm'],
    ]);
    expect(body.issues?.[0]?.message).toBe('bpm must be from 20 to 250');
  });

  it.each([20, 250])('accepts a pulse of %i bpm (range bounds)', async (bpm) => {
    const res = await postValue(app, COWS, { answers: { ...validCows(), pulse: { bpm } } });
    expect(res.statusCode).toBe(200);
  });

  it('rejects a non-integer pulse, naming pulse.bpm', async () => {
    const body = expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), pulse: { bpm: 88.5 } } }), [
      ['answers', 'pulse', 'bpm'],
    ]);
    expect(body.issues?.[0]?.message).toBe('bpm must be a whole number');
  });

  it('rejects a pulse object with an extra key, naming that key', async () => {
    expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), pulse: { bpm: 80, unit: 'bpm' } } }), [
      ['answers', 'pulse', 'unit'],
    ]);
  });

  it('rejects a pulse given as points, published or not, naming pulse', async () => {
    expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), pulse: 2 } }), [['answers', 'pulse']]);
    expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), pulse: 3 } }), [['answers', 'pulse']]);
  });

  it('accepts bpm only for COWS pulse', async () => {
    expectInvalidBody(await postValue(app, COWS, { answers: { ...validCows(), sweating: { bpm: 80 } } }), [
      ['answers', 'sweating'],
    ]);
  });

  it('rejects an unknown context key', async () => {
    const body = { ...lowestAnswers('dsm5-kud'), context: { toleranceUnderMedicalSupervision: true, pregnant: true } };
    expectInvalidBody(await postValue(app, '/api/instruments/dsm5-kud/score', body), [['context', 'pregnant']]);
  });

  it('rejects the supervision switches for instruments other than DSM-5', async () => {
    const body = { ...lowestAnswers('phq9'), context: { withdrawalUnderMedicalSupervision: true } };
    expectInvalidBody(await postValue(app, PHQ9, body), [['context', 'withdrawalUnderMedicalSupervision']]);
  });

  it('rejects a non-boolean underMedicalSupervision', async () => {
    const body = { ...lowestAnswers('dsm5-kud'), context: { underMedicalSupervision: 'yes' } };
    expectInvalidBody(await postValue(app, '/api/instruments/dsm5-kud/score', body), [
      ['context', 'underMedicalSupervision'],
    ]);
  });

  it.each([
    ['top-level __proto__', '{"answers": {}, "__proto__": {"isAdmin": true}}'],
    ['__proto__ inside answers', '{"answers": {"__proto__": {"isAdmin": true}}}'],
    ['constructor.prototype', '{"answers": {}, "constructor": {"prototype": {"isAdmin": true}}}'],
  ])('rejects a %s payload without polluting prototypes', async (_label, payload) => {
    const res = await postJson(app, COWS, payload);
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('INVALID_BODY');
    expect(body.message).toMatch(/forbidden key/);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('answers 413 for a 2 MB body', async () => {
    const payload = JSON.stringify({ answers: validCows(), padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await postJson(app, COWS, payload);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than 1 MB' });
  });

  it('never echoes the submitted values in an error', async () => {
    const res = await postValue(app, COWS, { answers: { ...validCows(), sweating: 'Ava Testpatient secret' } });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('Ava Testpatient');
  });
});
