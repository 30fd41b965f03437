import { ZScoreResponse } from '@kratom-care/contracts';
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
      context: { underMedicalSupervision: true },
    });
    const excluded = ZScoreResponse.parse(res.json()).items.filter((item) => item.excluded === true);
    expect(excluded).toEqual([
      { id: 'tolerance', value: 1, points: 0, excluded: true },
      { id: 'withdrawal', value: 1, points: 0, excluded: true },
    ]);
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
});
