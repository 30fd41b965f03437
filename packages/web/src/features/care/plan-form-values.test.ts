import type { TPlanVersion } from '@kratom-care/contracts';
import { ZPlanRequest } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { planFormValues, planSaveHeaders } from './plan-form-values';

const version: TPlanVersion = {
  id: 'v2',
  patientId: 'p1',
  revision: 2,
  problems: [{ text: 'Kratom use disorder, moderate', patientFacing: true }],
  goals: [{ text: 'Stop', measure: 'No use for 4 weeks', targetDate: '2027-03-01', patientFacing: false }],
  interventions: [{ kind: 'cbt', details: 'Weekly', responsibleUserId: 'u1', patientFacing: true }],
  responsibleUserIds: ['u1'],
  staff: [{ userId: 'u1', name: 'Dr Sample' }],
  reviewDate: '2027-02-15',
  savedAt: '2027-01-01T00:00:00.000Z',
  savedBy: 'u1',
  savedByName: 'Dr Sample',
};

describe('planFormValues', () => {
  it('turns the current version back into a request the server accepts unchanged', () => {
    const values = planFormValues(version, 'u9');
    expect(ZPlanRequest.parse(values)).toEqual(values);
    expect(values).not.toHaveProperty('staff');
    expect(values).not.toHaveProperty('revision');
  });

  it('starts a first plan with one entry of each kind and the clinician responsible', () => {
    const values = planFormValues(null, 'u9');
    expect(values.problems).toHaveLength(1);
    expect(values.goals).toHaveLength(1);
    expect(values.interventions).toHaveLength(1);
    expect(values.responsibleUserIds).toEqual(['u9']);
  });
});

describe('planSaveHeaders', () => {
  it('sends the revision the edit was based on, and nothing for a first plan', () => {
    expect(planSaveHeaders(3)).toEqual({ 'If-Match': '"3"' });
    expect(planSaveHeaders(null)).toEqual({});
  });
});
