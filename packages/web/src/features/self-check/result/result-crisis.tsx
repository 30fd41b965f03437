import type { SelfCheckSafety } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { LifelineCard } from '../../../ui/lifeline-card';
import { EmergencySteps } from '../safety/emergency-steps';

/**
 * Red flags and the 988 card: always first on the result page, before any score, and shown even when other
 * answers are missing. The domain decides what the 988 card says and which flags keep their own steps.
 */
export function ResultCrisis({ safety }: { readonly safety: SelfCheckSafety }) {
  const t = useT();
  if (safety.redFlags.flags.length === 0 && !safety.show988) {
    return null;
  }
  return (
    <section className="emergency" aria-labelledby="result-crisis-title">
      <h2 className="emergency__title" id="result-crisis-title">
        {t('result.crisis.title')}
      </h2>
      {safety.show988 ? <LifelineCard messageKeys={safety.lifelineMessageKeys} /> : null}
      <EmergencySteps flags={safety.emergencyFlags} level="h3" />
    </section>
  );
}
