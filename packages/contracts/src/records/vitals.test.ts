import { describe, expect, it } from 'vitest';
import { toApiIssues } from '../api-issues.js';
import { RECORD_AUDIT_ACTIONS, RECORD_TYPES } from './registry.js';
import { VITALS, ZVitalsRequest } from './vitals.js';

const NOW = new Date('2027-01-01T10:00:00.000Z');

function issuesOf(body: unknown) {
  const parsed = ZVitalsRequest.safeParse(body);
  return parsed.success ? [] : toApiIssues(parsed.error.issues);
}

describe('the vitals declaration', () => {
  it('accepts its own example and stores takenAt as UTC with milliseconds, which becomes recordedAt', () => {
    const parsed = ZVitalsRequest.parse({ takenAt: '2027-01-01T11:30:00+02:00', temperature: 37.1 });
    expect(VITALS.toBody(parsed, { now: NOW })).toEqual({
      ok: true,
      body: { takenAt: '2027-01-01T09:30:00.000Z', temperature: 37.1 },
      recordedAt: '2027-01-01T09:30:00.000Z',
    });
    expect(ZVitalsRequest.safeParse(VITALS.example).success).toBe(true);
  });

  it('names the field of each bad value, one issue per field', () => {
    expect(issuesOf({ takenAt: '2027-01-01T09:00:00Z', heartRate: 19, oxygenSaturation: 100.5, pulse: 1 })).toEqual([
      { path: ['heartRate'], message: 'Must be from 20 to 300 bpm' },
      { path: ['oxygenSaturation'], message: 'Must be from 40 to 100 %' },
      { path: ['pulse'], message: 'Unknown field: remove it' },
    ]);
    expect(issuesOf({ takenAt: '2027-01-01T09:00:00Z', systolic: 80, diastolic: 80 })).toEqual([
      { path: ['systolic'], message: 'Must be above the diastolic value' },
    ]);
    expect(issuesOf({ takenAt: '2027-01-01T09:00:00Z' })).toEqual([
      { path: ['heartRate'], message: 'Enter at least one measurement' },
    ]);
    expect(issuesOf({ heartRate: 80 }).map((issue) => issue.path)).toEqual([['takenAt']]);
  });

  it('refuses takenAt more than five minutes after the server clock, in toBody', () => {
    const late = ZVitalsRequest.parse({ takenAt: '2027-01-01T10:05:00.001Z', heartRate: 80 });
    expect(VITALS.toBody(late, { now: NOW })).toEqual({
      ok: false,
      issues: [{ path: ['takenAt'], message: 'Must not be in the future' }],
    });
    const skew = ZVitalsRequest.parse({ takenAt: '2027-01-01T10:05:00.000Z', heartRate: 80 });
    expect(VITALS.toBody(skew, { now: NOW }).ok).toBe(true);
  });

  it('lists only the declared filters in its query and names any other one as unknown', () => {
    expect(VITALS.listQuery.parse({})).toEqual({ limit: 20, sort: 'recordedAt', order: 'desc' });
    const parsed = VITALS.listQuery.safeParse({ status: 'deleted', weight: '1' });
    expect(parsed.success ? [] : toApiIssues(parsed.error.issues).map((issue) => issue.path)).toEqual([
      ['status'],
      ['weight'],
    ]);
  });
});

describe('the registry', () => {
  it('has unique names and every route action, but no update action for append-only types', () => {
    const names = RECORD_TYPES.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
    expect(RECORD_AUDIT_ACTIONS).toContain('vitals.update');
    expect(RECORD_AUDIT_ACTIONS).toContain('assessment.entered-in-error');
    expect(RECORD_AUDIT_ACTIONS).not.toContain('assessment.update');
  });
});
