import { describe, expect, it } from 'vitest';
import { ZAuditQuery } from './audit.js';
import { AUDIT_ACTIONS } from './audit-actions.js';
import { ZListPatientsQuery } from './patients.js';

describe('list queries', () => {
  it('default to the first page of 20 and refuse unknown fields (offset is gone)', () => {
    expect(ZListPatientsQuery.parse({})).toEqual({ limit: 20, sort: 'familyName', order: 'asc' });
    const offset = ZListPatientsQuery.safeParse({ offset: '20' });
    expect(offset.success).toBe(false);
  });

  it('refuse a cursor that is not base64url text, naming the cursor', () => {
    const result = ZListPatientsQuery.safeParse({ cursor: 'not a cursor!' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['cursor']]);
  });

  it('refuse limits outside 1..100', () => {
    expect(ZListPatientsQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(ZListPatientsQuery.safeParse({ limit: '101' }).success).toBe(false);
    expect(ZListPatientsQuery.parse({ limit: '100' }).limit).toBe(100);
  });

  it('accept only known audit actions', () => {
    expect(ZAuditQuery.parse({ action: 'patient.read' }).action).toBe('patient.read');
    expect(AUDIT_ACTIONS).toContain('patient.read');
    // Each record type's actions come from its declaration.
    expect(AUDIT_ACTIONS).toEqual(
      expect.arrayContaining(['assessment.list', 'vitals.create', 'vitals.entered-in-error']),
    );
    expect(AUDIT_ACTIONS).not.toContain('family-read');
    const unknown = ZAuditQuery.safeParse({ action: 'patient.reed' });
    expect(unknown.error?.issues.map((issue) => issue.path)).toEqual([['action']]);
  });
});
