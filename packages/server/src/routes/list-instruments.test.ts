import { ZGetInstrumentResponse, ZListInstrumentsResponse } from '@kratom-care/contracts';
import { INSTRUMENT_IDS, INSTRUMENT_MESSAGES_EN, INSTRUMENTS } from '@kratom-care/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { buildTestApp } from '../test/build-test-app.js';

describe('GET /api/instruments', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists cows, both SOWS variants, phq9, gad7 and dsm5-kud', async () => {
    const res = await app.inject({ url: '/api/instruments' });
    expect(res.statusCode).toBe(200);
    const { instruments } = ZListInstrumentsResponse.parse(res.json());
    expect(instruments.map((instrument) => instrument.id)).toEqual([
      'cows',
      'sows-kratom-adapted',
      'sows-handelsman-1987',
      'phq9',
      'gad7',
      'dsm5-kud',
    ]);
  });

  it('tells clients that the COWS pulse is entered in bpm, 20–250', async () => {
    const { instruments } = ZListInstrumentsResponse.parse((await app.inject({ url: '/api/instruments' })).json());
    const cows = instruments.find((instrument) => instrument.id === 'cows');
    expect(cows?.items[0]).toMatchObject({ id: 'pulse', measurement: { unit: 'bpm', min: 20, max: 250 } });
    expect(cows?.items.slice(1).some((item) => item.measurement !== undefined)).toBe(false);
  });

  it('gives every item in published order, with its options and English labels', async () => {
    const { instruments } = ZListInstrumentsResponse.parse((await app.inject({ url: '/api/instruments' })).json());
    for (const listed of instruments) {
      const definition = INSTRUMENTS[listed.id as (typeof INSTRUMENT_IDS)[number]].definition;
      expect(listed.items.map((item) => item.id)).toEqual(definition.items.map((item) => item.id));
      listed.items.forEach((item, index) => {
        const source = definition.items[index];
        expect(item.label).toBe(INSTRUMENT_MESSAGES_EN[source?.labelKey ?? '']);
        expect(item.options.map((option) => option.value)).toEqual(source?.options.map((option) => option.value));
        for (const option of item.options) {
          expect(option.label.trim().length).toBeGreaterThan(0);
          expect(option.label).not.toMatch(/^instrument\./);
        }
      });
    }
  });

  it('shows the published option gaps of COWS (restlessness has no 2)', async () => {
    const { instruments } = ZListInstrumentsResponse.parse((await app.inject({ url: '/api/instruments' })).json());
    const restlessness = instruments[0]?.items.find((item) => item.id === 'restlessness');
    expect(restlessness?.options.map((option) => option.value)).toEqual([0, 1, 3, 5]);
  });

  it('carries version, citation, licence and the PHQ-9 LOINC panel', async () => {
    const { instruments } = ZListInstrumentsResponse.parse((await app.inject({ url: '/api/instruments' })).json());
    const phq9 = instruments.find((instrument) => instrument.id === 'phq9');
    expect(phq9).toMatchObject({ version: INSTRUMENTS.phq9.definition.version, license: 'free' });
    expect(phq9?.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(phq9?.citation).toContain('Kroenke');
    expect(phq9?.bands.map((band) => band.id)).toEqual(['minimal', 'mild', 'moderate', 'moderately-severe', 'severe']);
  });
});

describe('GET /api/instruments/{id}', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(INSTRUMENT_IDS)('returns %s, the same as in the list', async (id) => {
    const res = await app.inject({ url: `/api/instruments/${id}` });
    expect(res.statusCode).toBe(200);
    const one = ZGetInstrumentResponse.parse(res.json());
    const { instruments } = ZListInstrumentsResponse.parse((await app.inject({ url: '/api/instruments' })).json());
    expect(one).toEqual(instruments.find((instrument) => instrument.id === id));
  });

  it.each(['nope', '__proto__', 'constructor', 'PHQ9', 'phq9%20'])('answers 404 NOT_FOUND for "%s"', async (id) => {
    const res = await app.inject({ url: `/api/instruments/${id}` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'No instrument has this id' });
  });
});

describe('GET /api/instruments/sows (the id records had before issue 9)', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers the kratom-adapted SOWS it meant, so old records can still be shown', async () => {
    const res = await app.inject({ url: '/api/instruments/sows' });
    expect(res.statusCode).toBe(200);
    expect(ZGetInstrumentResponse.parse(res.json())).toMatchObject({
      id: 'sows-kratom-adapted',
      version: '1987-kratom-adapted.1',
    });
  });
});
