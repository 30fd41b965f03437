import { ZApiError } from '@kratom-care/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { forbiddenKeyPath } from './json-body-parser.js';
import { buildTestApp } from './test/build-test-app.js';
import { postJson } from './test/inject-json.js';

const COWS = '/api/instruments/cows/score';

describe('forbiddenKeyPath', () => {
  it('finds __proto__ and constructor.prototype at any depth, in objects and arrays', () => {
    expect(forbiddenKeyPath(JSON.parse('{"a": 1, "__proto__": {}}'))).toEqual(['__proto__']);
    expect(forbiddenKeyPath(JSON.parse('{"value": {"x": [1, {"__proto__": 1}]}}'))).toEqual([
      'value',
      'x',
      1,
      '__proto__',
    ]);
    expect(forbiddenKeyPath(JSON.parse('{"answers": {"constructor": {"prototype": {}}}}'))).toEqual([
      'answers',
      'constructor',
    ]);
  });

  it('passes a constructor key without a prototype, and bodies with no such key', () => {
    expect(forbiddenKeyPath(JSON.parse('{"constructor": "a name", "b": [null, true, "x"]}'))).toBeNull();
    expect(forbiddenKeyPath(JSON.parse('[1, 2, "__proto__"]'))).toBeNull();
  });
});

describe('a body with a prototype-poisoning key', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('is answered 400 naming the key, and pollutes nothing', async () => {
    const res = await postJson(app, COWS, '{"answers": {"sweating": {"__proto__": {"isAdmin": true}}}}');
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.code).toBe('INVALID_BODY');
    expect(body.issues?.map((issue) => issue.path)).toEqual([['answers', 'sweating', '__proto__']]);
    expect(body.issues?.[0]?.message).toMatch(/forbidden key/);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('leaves broken JSON and an empty body with their own answers', async () => {
    const broken = await postJson(app, COWS, '{"answers": ');
    expect(broken.statusCode).toBe(400);
    expect(ZApiError.parse(broken.json()).issues).toBeUndefined();
    const empty = await postJson(app, COWS, '');
    expect(empty.statusCode).toBe(400);
    expect(ZApiError.parse(empty.json()).message).toBe('The body is empty');
  });
});
