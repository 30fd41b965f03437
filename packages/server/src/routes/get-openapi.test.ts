import { INSTRUMENT_IDS, INSTRUMENTS } from '@kratom-care/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app-types.js';
import { buildTestApp } from '../test/build-test-app.js';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  type?: string;
  description?: string;
}

describe('GET /api/openapi.json', () => {
  let app: App;
  let doc: { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; responses?: unknown }>> };
  beforeAll(async () => {
    app = await buildTestApp();
    const res = await app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => {
    await app.close();
  });

  it('is an OpenAPI 3.1 document listing every public route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/healthz',
        '/api/instruments',
        '/api/instruments/{id}',
        ...INSTRUMENT_IDS.map((id) => `/api/instruments/${id}/score`),
      ].sort(),
    );
  });

  it.each(INSTRUMENT_IDS)('documents the %s score body from the validating schema', (id) => {
    const body = doc.paths[`/api/instruments/${id}/score`]?.['post']?.requestBody as {
      content: { 'application/json': { schema: JsonSchema } };
    };
    const schema = body.content['application/json'].schema;
    expect(schema.additionalProperties).toBe(false);
    const answers = schema.properties?.['answers'];
    const items = INSTRUMENTS[id].definition.items;
    expect(answers?.required).toEqual(items.map((item) => item.id));
    expect(answers?.additionalProperties).toBe(false);
    const sweatingLike = answers?.properties?.[items[1]?.id ?? ''];
    expect(sweatingLike?.enum).toEqual(items[1]?.options.map((option) => option.value));
  });

  it('documents COWS pulse as a bpm object only, never its points (REFERENCE §1)', () => {
    const body = doc.paths['/api/instruments/cows/score']?.['post']?.requestBody as {
      content: { 'application/json': { schema: JsonSchema } };
    };
    const pulse = body.content['application/json'].schema.properties?.['answers']?.properties?.['pulse'];
    expect(pulse?.anyOf).toBeUndefined();
    expect(pulse?.enum).toBeUndefined();
    expect(pulse?.type).toBe('object');
    expect(pulse?.required).toEqual(['bpm']);
    expect(pulse?.additionalProperties).toBe(false);
  });

  it('documents the 200 and 400 responses of the score routes, the 400 with its safety flags', () => {
    const responses = doc.paths['/api/instruments/phq9/score']?.['post']?.responses as Record<
      string,
      { content: { 'application/json': { schema: JsonSchema } } }
    >;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '400']));
    const error = responses['400']?.content['application/json'].schema;
    expect(error?.properties?.['flags']?.type).toBe('array');
    expect(error?.properties?.['flags']?.description).toContain('suicidal-ideation');
  });
});
