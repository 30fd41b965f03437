import type { TIntakeRequest } from '@kratom-care/contracts';

/**
 * A complete, valid intake for a fictional patient, with parts replaced: 12 g/day of leaf powder, no
 * other substances, no red flags, no withdrawal recorded.
 *
 * @param parts - Top-level parts to replace (`kratom`, `otherSubstances`, `diagnosis`…).
 * @returns The intake request.
 */
export function intakeRequest(parts: Partial<TIntakeRequest> = {}): TIntakeRequest {
  return {
    kratom: {
      products: [{ form: 'leaf-powder', amountPerDay: 12, unit: 'g' }],
      dosesPerDay: 4,
      durationMonths: 24,
      route: 'swallowed',
      lastDoseAt: new Date(Date.now() - 20 * 60 * 60_000).toISOString(),
    },
    otherSubstances: [],
    medicalHistory: { liverDisease: 'no', cardiac: 'no', seizures: 'no', pregnancy: 'not-applicable' },
    medications: [],
    allergyStatus: 'none-known',
    allergies: [],
    social: { housing: 'stable', support: 'some', safePlaceToWithdraw: 'yes' },
    goals: { wantsToChange: 'yes', statement: 'Stop kratom and get back to work' },
    redFlags: [],
    diagnosis: { currentWithdrawal: false, withPerceptualDisturbance: false, remission: null, classification: 'other' },
    ...parts,
  };
}
