import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toApiIssues, UNKNOWN_FIELD_MESSAGE } from './api-issues.js';

const ZExample = z.strictObject({
  answers: z.strictObject({
    a: z.literal([0, 1]),
    pulse: z.union([z.literal([0, 4]), z.strictObject({ bpm: z.int().min(20) })]),
  }),
});

const issuesOf = (value: unknown): ReturnType<typeof toApiIssues> => {
  const result = ZExample.safeParse(value);
  return result.success ? [] : toApiIssues(result.error.issues);
};

describe('toApiIssues', () => {
  it('splits unknown keys into one issue per key, with the key in the path', () => {
    expect(issuesOf({ answers: { a: 0, pulse: 0, x: 1, y: 2 }, z: 3 })).toEqual([
      { path: ['answers', 'x'], message: UNKNOWN_FIELD_MESSAGE },
      { path: ['answers', 'y'], message: UNKNOWN_FIELD_MESSAGE },
      { path: ['z'], message: UNKNOWN_FIELD_MESSAGE },
    ]);
  });

  it('points inside the union branch an object answer was meant for', () => {
    expect(issuesOf({ answers: { a: 0, pulse: { bpm: 1.5 } } }).map((issue) => issue.path)).toEqual([
      ['answers', 'pulse', 'bpm'],
    ]);
    expect(issuesOf({ answers: { a: 0, pulse: { bpm: 60, extra: 1 } } }).map((issue) => issue.path)).toEqual([
      ['answers', 'pulse', 'extra'],
    ]);
  });

  it('reports a union failure once, at the field, when no branch fits', () => {
    expect(issuesOf({ answers: { a: 0, pulse: 'fast' } }).map((issue) => issue.path)).toEqual([['answers', 'pulse']]);
  });

  it('keeps one issue per field', () => {
    const issues = toApiIssues([
      { code: 'custom', path: ['answers', 'a'], message: 'first', input: 1 },
      { code: 'custom', path: ['answers', 'a'], message: 'second', input: 1 },
    ]);
    expect(issues).toEqual([{ path: ['answers', 'a'], message: 'first' }]);
  });

  it('keeps array indexes as numbers', () => {
    const result = z.object({ list: z.array(z.number()) }).safeParse({ list: [1, 'two'] });
    const issues = result.success ? [] : toApiIssues(result.error.issues);
    expect(issues.map((issue) => issue.path)).toEqual([['list', 1]]);
  });
});
