import type { SelfCheckState } from './self-check-state';
import type { UseDraft } from './use-draft';

function hasUseAnswer(use: UseDraft): boolean {
  return (
    use.productForms.length > 0 ||
    use.amountPerDose !== '' ||
    use.amountNotSure ||
    use.doseUnit !== undefined ||
    use.dosesPerDay !== '' ||
    use.useFrequency !== undefined ||
    use.useDuration !== undefined ||
    use.lastDose !== '' ||
    use.lastDoseNotSure ||
    use.wantsToCutDownOrStop !== undefined ||
    use.otherSubstances.length > 0 ||
    use.safePlace !== undefined
  );
}

/**
 * @param state - The answers.
 * @returns True when the person has answered anything at all.
 */
export function hasAnyAnswer(state: SelfCheckState): boolean {
  return (
    Object.keys(state.redFlags).length > 0 ||
    hasUseAnswer(state.use) ||
    Object.values(state.answers).some((answers) => Object.keys(answers).length > 0) ||
    state.skipped.phq9 ||
    state.skipped.gad7
  );
}
