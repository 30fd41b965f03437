import { CLINICIAN_DECISION_MESSAGES_EN } from '@kratom-care/domain';
import type { z } from 'zod';

/** The fields of a "accept the suggestion or override it" form that the rule reads. */
interface DecisionFields {
  readonly action: string;
  readonly rationale?: string | undefined;
  readonly [field: string]: unknown;
}

/**
 * The server's rule for a clinician's decision on a suggestion (an override needs its value and a
 * reason), said in the form too so each field shows its problem at once. For `superRefine`.
 *
 * @param valueField - The field holding the chosen value (a level, a code).
 * @returns A refinement that adds an issue at each missing field when the action is `override`.
 */
export function requiredWhenOverriding(valueField: string) {
  return (value: DecisionFields, context: z.RefinementCtx): void => {
    if (value.action !== 'override') {
      return;
    }
    const chosen = value[valueField];
    if (chosen === undefined || chosen === '') {
      context.addIssue({
        code: 'custom',
        path: [valueField],
        message: CLINICIAN_DECISION_MESSAGES_EN['clinicianDecision.value.required'],
      });
    }
    if (value.rationale === undefined || value.rationale.trim() === '') {
      context.addIssue({
        code: 'custom',
        path: ['rationale'],
        message: CLINICIAN_DECISION_MESSAGES_EN['clinicianDecision.rationale.required'],
      });
    }
  };
}
