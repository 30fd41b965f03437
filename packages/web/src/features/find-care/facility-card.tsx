import type { TFinderFacility } from '@kratom-care/contracts';
import { Link, useLocation } from 'react-router';
import { useI18n, useT } from '../../i18n/use-t';
import { useCapacityText } from './capacity-line';
import { DemoBadge } from './demo-badge';
import type { FacilityLinkState } from './facility-link-state';
import { MatchReasons } from './match-reasons';
import { PhoneLinks } from './phone-links';
import { VerifiedLine } from './verified-line';
import { useValueLabel } from './vocabulary-labels';

/**
 * One result: the name (with the demo badge when fictional), where it is and how far, why it matches, its
 * programmes with their open places, when it was last verified, and its phone lines as links to dial.
 */
export function FacilityCard({ facility }: { readonly facility: TFinderFacility }) {
  const t = useT();
  const { formatNumber } = useI18n();
  const label = useValueLabel();
  const capacity = useCapacityText();
  // The facility page links back to these very results.
  const { search } = useLocation();
  const headingId = `facility-${facility.id}`;
  const place = [facility.city, facility.state].filter((part) => part !== null && part !== '').join(', ');
  return (
    <article className="finder-card" aria-labelledby={headingId}>
      <h3 className="finder-card__name" id={headingId}>
        <Link
          to={`/find-care/facilities/${encodeURIComponent(facility.id)}`}
          state={{ finderSearch: search } satisfies FacilityLinkState}
        >
          {facility.name}
        </Link>
      </h3>
      {facility.demo ? <DemoBadge /> : null}
      <p className="finder-card__where">
        {place}
        {facility.distanceMiles === null ? null : (
          <>
            {place === '' ? null : ' · '}
            <strong>
              {t('findCare.result.distance', {
                miles: formatNumber(facility.distanceMiles, { maximumFractionDigits: 1 }),
              })}
            </strong>
          </>
        )}
      </p>
      <MatchReasons reasons={facility.matchReasons} />
      {facility.programmes.length === 0 ? null : (
        <ul className="finder-card__programmes">
          {facility.programmes.map((programme) => (
            <li key={programme.id}>
              <span className="finder-card__level">{label('level', programme.levelOfCare)}</span>
              {programme.kratomExperience ? ` · ${t('findCare.programme.kratomExperience')}` : null}
              {' · '}
              {capacity(programme)}
            </li>
          ))}
        </ul>
      )}
      <VerifiedLine
        lastVerifiedAt={facility.lastVerifiedAt}
        lastVerifiedBy={facility.lastVerifiedBy}
        stale={facility.verificationStale}
      />
      <PhoneLinks phone={facility.phone} admissionsLine={facility.admissionsLine} />
    </article>
  );
}
