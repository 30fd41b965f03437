import { useT } from '../../../i18n/use-t';
import { LifelineCard } from '../../../ui/lifeline-card';
import { EmergencySteps } from '../safety/emergency-steps';
import type { ComputedResult } from './compute-result';

const PHQ9_NOTICE = 'selfCheck.crisis.notice.phq9Item9';

/**
 * Red flags and the 988 card: always first on the result page, before any score. When 988 applies, the
 * card carries the 988 steps and numbers once; the other red flags follow with their own actions.
 */
export function ResultCrisis({ computed }: { readonly computed: ComputedResult }) {
  const t = useT();
  const { redFlags, crisis } = computed.result;
  const lifelineFlags = redFlags.flags.filter((flag) => flag.action === 'call-988');
  const otherFlags = crisis.show988 ? redFlags.flags.filter((flag) => flag.action !== 'call-988') : redFlags.flags;
  // A 988 flag raised only by PHQ-9 item 9 is explained by the PHQ-9 notice, not by a question never answered yes.
  const lifelineGuidance = computed.suicidalThoughtsAnswered ? lifelineFlags.flatMap((flag) => flag.guidanceKeys) : [];
  const messageKeys = [
    ...new Set([...(computed.phq9SelfHarm ? [PHQ9_NOTICE] : []), ...lifelineGuidance, ...crisis.noticeKeys]),
  ];
  if (redFlags.flags.length === 0 && !crisis.show988) {
    return null;
  }
  return (
    <section className="emergency" aria-labelledby="result-crisis-title">
      <h2 className="emergency__title" id="result-crisis-title">
        {t('result.crisis.title')}
      </h2>
      {crisis.show988 ? <LifelineCard messageKeys={messageKeys} /> : null}
      <EmergencySteps flags={otherFlags} level="h3" />
    </section>
  );
}
