import type { z } from 'zod';
import type { TApiIssue } from './errors.js';

type ZodIssue = z.core.$ZodIssue;
type PathSegment = string | number;

/** Message for a key the schema does not know (zod reports all unknown keys of an object at once). */
export const UNKNOWN_FIELD_MESSAGE = 'Unknown field: remove it';

function toSegment(key: PropertyKey): PathSegment {
  return typeof key === 'number' ? key : String(key);
}

/** A branch "fits" when the value had that branch's type and only something inside it is wrong. */
function fitsBranch(branch: readonly ZodIssue[]): boolean {
  return branch.every(
    (issue) =>
      issue.path.length > 0 ||
      (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && issue.code !== 'invalid_union'),
  );
}

function collect(issue: ZodIssue, prefix: readonly PathSegment[], out: TApiIssue[]): void {
  const path = [...prefix, ...issue.path.map(toSegment)];
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      out.push({ path: [...path, key], message: UNKNOWN_FIELD_MESSAGE });
    }
    return;
  }
  if (issue.code === 'invalid_union') {
    // COWS pulse is "an option value OR { bpm }": when the value is clearly meant as one branch
    // (an object), point at the field inside it rather than at the union as a whole.
    const fitting = issue.errors.filter(fitsBranch);
    const only = fitting.length === 1 ? fitting[0] : undefined;
    if (only !== undefined) {
      for (const inner of only) {
        collect(inner, path, out);
      }
      return;
    }
  }
  out.push({ path, message: issue.message });
}

/**
 * Turns zod issues into API issues with exactly one issue per bad field: unknown keys are split
 * into one issue each, union failures point inside the branch the value was meant for, and later
 * issues for a field that already has one are dropped.
 *
 * @param issues - The issues of a failed `safeParse`.
 * @returns Issues whose `path` leads from the body root to the bad field, in the order zod found them.
 * @example toApiIssues(ZBody.safeParse({ answers: { a: 9, x: 1 } }).error.issues)
 *   // => [{ path: ['answers', 'a'], message: '…' }, { path: ['answers', 'x'], message: 'Unknown field: remove it' }]
 */
export function toApiIssues(issues: readonly ZodIssue[]): TApiIssue[] {
  const all: TApiIssue[] = [];
  for (const issue of issues) {
    collect(issue, [], all);
  }
  const seen = new Set<string>();
  return all.filter((issue) => {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
