import type { TApiIssue } from '@kratom-care/contracts';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/** Said for a prototype-poisoning key, at the bad key's path (SECURITY.md IV-04). */
export const FORBIDDEN_KEY_MESSAGE = 'This body uses a forbidden key such as "__proto__" or "constructor"';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The path of the first key that secure-json-parse refuses: `__proto__`, or `constructor` holding
 * an object with `prototype`. `JSON.parse` makes `__proto__` an ordinary own key, so walking the
 * parsed text pollutes nothing.
 *
 * @param value - The parsed body (from `JSON.parse`).
 * @param path - Where `value` sits.
 * @returns The path down to the key, or null when there is none.
 */
export function forbiddenKeyPath(value: unknown, path: readonly (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = forbiddenKeyPath(item, [...path, index]);
      if (found !== null) {
        return found;
      }
    }
    return null;
  }
  if (!isObject(value)) {
    return null;
  }
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (key === '__proto__' || (key === 'constructor' && isObject(child) && Object.hasOwn(child, 'prototype'))) {
      return [...path, key];
    }
    const found = forbiddenKeyPath(child, [...path, key]);
    if (found !== null) {
      return found;
    }
  }
  return null;
}

/**
 * Keeps Fastify's JSON parser (secure-json-parse, refusing prototype-poisoning keys) and, when it
 * refuses a body that is valid JSON because of such a key, answers 400 with an issue at that key's
 * path, so the caller learns which field to fix, as for any other bad input. Only a refused body is
 * parsed a second time: a good body costs nothing more.
 *
 * @param app - The root instance (its `onProtoPoisoning` and `onConstructorPoisoning` are 'error').
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseSecurely = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const text = typeof raw === 'string' ? raw : raw.toString('utf8');
    void parseSecurely(request, text, (error, body) => {
      if (error === null) {
        done(null, body);
        return;
      }
      let path: (string | number)[] | null = null;
      try {
        path = forbiddenKeyPath(JSON.parse(text));
      } catch {
        // Not JSON at all: Fastify's own answer stands.
      }
      const issues: TApiIssue[] | undefined = path === null ? undefined : [{ path, message: FORBIDDEN_KEY_MESSAGE }];
      done(issues === undefined ? error : new AppError('INVALID_BODY', FORBIDDEN_KEY_MESSAGE, issues), undefined);
    });
  });
}
