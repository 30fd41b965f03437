import type { TreatmentIssue } from '@kratom-care/domain';
import type { TApiIssue } from '../errors.js';

/*
 * The treatment domain names fields by dotted paths with epoch-millisecond times
 * (`medication.orderedAtMs`); the API names them as the request does (`['orderedAt']`).
 */

const REQUEST_FIELDS: Readonly<Record<string, string>> = { orderedAtMs: 'orderedAt', givenAtMs: 'givenAt' };

/**
 * @param prefix - The path the domain was given (`medication`).
 * @param issues - The domain's issues.
 * @returns The same issues with request field paths.
 * @example requestIssues('medication', [{ path: 'medication.unit', rule: 'unit', message: 'm' }])[0]?.path // => ['unit']
 */
export function requestIssues(prefix: string, issues: readonly TreatmentIssue[]): TApiIssue[] {
  return issues.map((issue) => {
    const field = issue.path.startsWith(`${prefix}.`) ? issue.path.slice(prefix.length + 1) : issue.path;
    return { path: [REQUEST_FIELDS[field] ?? field], message: issue.message };
  });
}
