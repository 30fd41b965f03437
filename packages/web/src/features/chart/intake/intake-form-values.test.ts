import { INTAKE, ZIntakeRequest, type TIntake, type TIntakeRequest } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { toLocalInput } from '../../../ui/form/local-time';
import { intakeFormValues, ZIntakeForm } from './intake-form-values';

const stored = (request: TIntakeRequest): TIntake => {
  const result = INTAKE.toBody(ZIntakeRequest.parse(request), { now: new Date('2027-01-01T12:00:00Z') });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.issues));
  }
  return {
    id: 'i1',
    patientId: 'p1',
    version: 3,
    status: 'amended',
    recordedAt: '2027-01-01T10:00:00.000Z',
    recordedBy: 'u1',
    recordedByName: 'Casey Example',
    createdAt: '2027-01-01T10:00:00.000Z',
    updatedAt: '2027-01-01T10:00:00.000Z',
    enteredInError: null,
    ...result.body,
  };
};

describe('the intake form values', () => {
  it('starts a first intake with defaults the schema accepts (the preset unit is not sent without an amount)', () => {
    const parsed = ZIntakeForm.parse(intakeFormValues(null));
    expect(parsed.kratom.products).toEqual([{ form: 'leaf-powder' }]);
    expect(parsed.medicalHistory.pregnancy).toBe('unknown');
    expect(parsed.diagnosis.remission).toBeNull();
  });

  it('pre-fills from the current intake and sends the same request back (times through local time, numbers as text)', () => {
    const request: TIntakeRequest = {
      ...INTAKE.example,
      kratom: {
        products: [{ form: 'leaf-powder', amountPerDay: 12.5, unit: 'g' }],
        dosesPerDay: 4,
        lastDoseAt: '2026-12-31T18:45:00.000Z',
      },
      otherSubstances: [{ substance: 'alcohol', frequency: 'weekly', lastUseAt: '2026-12-30T21:00:00.000Z' }],
      diagnosis: {
        currentWithdrawal: false,
        withPerceptualDisturbance: false,
        remission: 'early',
        classification: 'opioid',
      },
    };
    const values = intakeFormValues(stored(request));
    expect(values.kratom).toMatchObject({
      dosesPerDay: '4',
      lastDoseAt: toLocalInput('2026-12-31T18:45:00.000Z'),
      products: [{ amountPerDay: '12.5' }],
    });
    expect(values.kratom).not.toHaveProperty('gramsPerDay');
    expect(ZIntakeForm.parse(values)).toEqual(request);
  });

  it('asks about fluids in withdrawal ("not known" on a first intake); an older intake without the answer stays without it', () => {
    expect(ZIntakeForm.parse(intakeFormValues(null)).medicalHistory.cannotKeepFluidsDown).toBe('unknown');
    const { cannotKeepFluidsDown: _notAsked, ...olderHistory } = INTAKE.example.medicalHistory;
    const older: TIntakeRequest = { ...INTAKE.example, medicalHistory: olderHistory };
    const values = intakeFormValues(stored(older));
    expect(ZIntakeForm.parse(values)).toEqual(older);
    // Its radio group with nothing chosen reads as null: still no answer, not an error.
    const unanswered = { ...values, medicalHistory: { ...olderHistory, cannotKeepFluidsDown: null } };
    expect(ZIntakeForm.parse(unanswered).medicalHistory).toEqual(olderHistory);
  });

  it('names the field of a typed amount that is not a number', () => {
    const values = intakeFormValues(null) as { kratom: { products: Record<string, unknown>[] } };
    values.kratom.products = [{ form: 'leaf-powder', amountPerDay: 'twelve', unit: 'g' }];
    const parsed = ZIntakeForm.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path)).toContainEqual(['kratom', 'products', 0, 'amountPerDay']);
  });
});
