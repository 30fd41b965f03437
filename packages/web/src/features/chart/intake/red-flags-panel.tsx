import type { TProblemListResponse } from '@kratom-care/contracts';
import { CRISIS_RESOURCES } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { LifelineCard } from '../../../ui/lifeline-card';

const emergency = CRISIS_RESOURCES.find((resource) => resource.id === 'emergency-911')?.contacts[0];
const poison = CRISIS_RESOURCES.find((resource) => resource.id === 'poison-help')?.contacts[0];

/**
 * The red flags on record, shown before the problem list and any score, most urgent first, each with what
 * to do now; the 988 card for suicidal thoughts and the 911 and Poison Help numbers for emergencies.
 *
 * @see Clinical reference §11 "Implement as" (a red-flag check before any scoring output) and "Crisis resources"
 */
export function RedFlagsPanel({ flags }: { readonly flags: TProblemListResponse['redFlags'] }) {
  const t = useT();
  if (flags.length === 0) {
    return <p className="ws-muted">{t('intake.redFlags.none')}</p>;
  }
  const suicide = flags.some((flag) => flag.action === 'call-988');
  const urgent = flags.some((flag) => flag.action === 'call-911');
  return (
    <section className="intake-red-flags" aria-labelledby="intake-red-flags-title" role="alert">
      <h3 id="intake-red-flags-title">{t('intake.redFlags.title')}</h3>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id}>
            <strong>{t(`intake.redFlag.${flag.id}`)}</strong>: {t(flag.actionKey)}{' '}
            <span className="ws-muted">
              {t(flag.source === 'phq9' ? 'intake.redFlags.fromPhq9' : 'intake.redFlags.fromIntake')}
            </span>
          </li>
        ))}
      </ul>
      {suicide ? <LifelineCard /> : null}
      {urgent && emergency !== undefined && poison !== undefined ? (
        <div className="emergency__links" aria-label={t('intake.emergency.title')} role="group">
          <a className="button button--emergency" href={emergency.href}>
            {t('intake.emergency.call911')}
          </a>
          <a className="button button--secondary" href={poison.href}>
            {t('intake.emergency.poison', { number: poison.display })}
          </a>
        </div>
      ) : null}
    </section>
  );
}
