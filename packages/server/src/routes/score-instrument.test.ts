import { ZApiError, ZScoreResponse } from '@kratom-care/contracts';
import { INSTRUMENT_IDS, INSTRUMENT_MESSAGES_EN, INSTRUMENTS } from '@kratom-care/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { buildTestApp } from '../test/build-test-app.js';
import { postValue } from '../test/inject-json.js';
import { API_VECTORS, answersInOrder, lowestAnswers } from '../test/instrument-fixtures.js';

describe('POST /api/instruments/{id}/score', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(API_VECTORS)('scores reference vector $name as $total ($band)', async (vector) => {
    const res = await postValue(app, `/api/instruments/${vector.instrument}/score`, vector.body);

    expect(res.statusCode).toBe(200);
    const body = ZScoreResponse.parse(res.json());
    expect(body.instrument).toBe(vector.instrument);
    expect(body.version).toBe(INSTRUMENTS[vector.instrument].definition.version);
    expect(body.total).toBe(vector.total);
    expect(body.band?.id ?? null).toBe(vector.band);
    expect(body.flags).toEqual(vector.flags);
  });

  it('covers every instrument with at least one reference vector', () => {
    expect(new Set(API_VECTORS.map((vector) => vector.instrument))).toEqual(new Set(INSTRUMENT_IDS));
  });

  it('answers the band with its English label', async () => {
    const res = await postValue(app, '/api/instruments/phq9/score', {
      answers: answersInOrder('phq9', [2, 2, 1, 1, 1, 1, 1, 0, 1]),
    });
    const band = ZScoreResponse.parse(res.json()).band;
    expect(band).toEqual({ id: 'moderate', label: INSTRUMENT_MESSAGES_EN['instrument.phq9.band.moderate'] });
  });

  it('lists per-item points in published order, keeping a pulse given as bpm', async () => {
    const answers = answersInOrder('cows', [{ bpm: 121 }, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const body = ZScoreResponse.parse((await postValue(app, '/api/instruments/cows/score', { answers })).json());

    expect(body.items.map((item) => item.id)).toEqual(INSTRUMENTS.cows.definition.items.map((item) => item.id));
    expect(body.items[0]).toEqual({ id: 'pulse', value: { bpm: 121 }, points: 4 });
    expect(body.total).toBe(4);
    expect(body.band?.id).toBe('below-mild');
  });

  it('marks tolerance and withdrawal as excluded under medical supervision', async () => {
    const res = await postValue(app, '/api/instruments/dsm5-kud/score', {
      answers: answersInOrder('dsm5-kud', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]),
      context: { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true },
    });
    const excluded = ZScoreResponse.parse(res.json()).items.filter((item) => item.excluded === true);
    expect(excluded).toEqual([
      { id: 'tolerance', value: 1, points: 0, excluded: true },
      { id: 'withdrawal', value: 1, points: 0, excluded: true },
    ]);
  });

  it.each([
    { context: { toleranceUnderMedicalSupervision: true }, excluded: ['tolerance'] },
    { context: { withdrawalUnderMedicalSupervision: true }, excluded: ['withdrawal'] },
  ])('takes one supervision switch per criterion: $context excludes $excluded', async ({ context, excluded }) => {
    const res = await postValue(app, '/api/instruments/dsm5-kud/score', {
      answers: answersInOrder('dsm5-kud', [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1]),
      context,
    });
    const body = ZScoreResponse.parse(res.json());
    expect(body.total).toBe(3);
    expect(body.items.filter((item) => item.excluded === true).map((item) => item.id)).toEqual(excluded);
  });

  it('refuses the old single switch, naming it', async () => {
    const res = await postValue(app, '/api/instruments/dsm5-kud/score', {
      answers: answersInOrder('dsm5-kud', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]),
      context: { underMedicalSupervision: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'INVALID_BODY',
      issues: [{ path: ['context', 'underMedicalSupervision'], message: 'Unknown field: remove it' }],
    });
  });

  it('accepts an empty context for every instrument', async () => {
    for (const id of INSTRUMENT_IDS) {
      const res = await postValue(app, `/api/instruments/${id}/score`, { ...lowestAnswers(id), context: {} });
      expect(res.statusCode, id).toBe(200);
    }
  });

  it('accepts application/json with a charset parameter', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/instruments/gad7/score',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      payload: JSON.stringify(lowestAnswers('gad7')),
    });
    expect(res.statusCode).toBe(200);
  });

  it('answers 404 for an unknown instrument, even with a valid-looking body', async () => {
    const res = await postValue(app, '/api/instruments/audit-c/score', lowestAnswers('phq9'));
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'No instrument has this id' });
  });

  it('answers 404 for an unknown instrument before reading the body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/instruments/nope/score',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each(['__proto__', 'constructor', 'toString', 'COWS'])('answers 404 for the id "%s"', async (id) => {
    const res = await postValue(app, `/api/instruments/${id}/score`, lowestAnswers('cows'));
    expect(res.statusCode).toBe(404);
  });

  it.each(['sows-kratom-adapted', 'sows-handelsman-1987'])(
    'scores the SOWS variant %s under its own id',
    async (id) => {
      const res = await postValue(app, `/api/instruments/${id}/score`, lowestAnswers(id as 'sows-kratom-adapted'));
      expect(res.statusCode).toBe(200);
      expect(ZScoreResponse.parse(res.json()).instrument).toBe(id);
    },
  );

  it('no longer scores under the legacy id sows, which named no variant', async () => {
    const res = await postValue(app, '/api/instruments/sows/score', lowestAnswers('sows-kratom-adapted'));
    expect(res.statusCode).toBe(404);
  });
});

describe('POST /api/instruments/{id}/score keeps safety flags on a 400 (Appendix C.4.4)', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const PHQ9 = '/api/instruments/phq9/score';

  it('answers an incomplete PHQ-9 with item 9 above 0 with 400, the missing items named and the flag kept', async () => {
    const res = await postValue(app, PHQ9, { answers: { interest: 1, selfHarmThoughts: 2 } });
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('INVALID_BODY');
    expect(body.flags).toEqual(['suicidal-ideation']);
    expect(body.issues?.map((issue) => issue.path)).toEqual([
      ['answers', 'feelingDown'],
      ['answers', 'sleep'],
      ['answers', 'tiredness'],
      ['answers', 'appetite'],
      ['answers', 'feelingBad'],
      ['answers', 'concentration'],
      ['answers', 'movingOrSpeaking'],
    ]);
  });

  it.each([
    { case: 'a value that is not an option', bad: { interest: 4 }, path: ['answers', 'interest'] },
    { case: 'a text answer', bad: { sleep: 'often' }, path: ['answers', 'sleep'] },
    { case: 'an unknown item', bad: { mood: 1 }, path: ['answers', 'mood'] },
    { case: 'an unknown top-level field', bad: null, path: ['extra'] },
  ])('keeps the flag beside $case', async ({ bad, path }) => {
    const answers = { ...answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]), ...bad };
    const res = await postValue(app, PHQ9, bad === null ? { answers, extra: true } : { answers });
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.flags).toEqual(['suicidal-ideation']);
    expect(body.issues?.map((issue) => issue.path)).toContainEqual(path);
  });

  it('carries an empty flag list when item 9 is 0 or cannot be read', async () => {
    const zero = await postValue(app, PHQ9, { answers: { interest: 3, selfHarmThoughts: 0 } });
    expect(ZApiError.parse(zero.json()).flags).toEqual([]);
    const notAnObject = await postValue(app, PHQ9, { answers: [1, 2, 3] });
    expect(notAnObject.statusCode).toBe(400);
    expect(ZApiError.parse(notAnObject.json()).flags).toEqual([]);
  });

  it('still answers a complete PHQ-9 with the flag in the 200', async () => {
    const res = await postValue(app, PHQ9, { answers: answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 3]) });
    expect(res.statusCode).toBe(200);
    expect(ZScoreResponse.parse(res.json()).flags).toEqual(['suicidal-ideation']);
  });
});

describe('POST /api/instruments/cows/score takes the pulse in bpm only (REFERENCE §1)', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([0, 1, 2, 4])('refuses pulse points %i with a 400 naming answers.pulse', async (points) => {
    const answers = answersInOrder('cows', [points, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const res = await postValue(app, '/api/instruments/cows/score', { answers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'INVALID_BODY',
      issues: [
        {
          path: ['answers', 'pulse'],
          message: 'Give the measured bpm as { "bpm": a whole number from 20 to 250 }; points are not accepted',
        },
      ],
    });
  });
});
