import { ZFinderFacility } from '@kratom-care/contracts';
import { Link, useLocation, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form/request-error';
import { PageHeading } from '../../ui/page-heading';
import { DemoBadge } from './demo-badge';
import { finderAddressFrom } from './facility-link-state';
import { LoadingLine } from './loading-line';
import { PhoneLinks } from './phone-links';
import { ProgrammeSection } from './programme-section';
import { VerifiedLine } from './verified-line';
import { useValueLabel } from './vocabulary-labels';

/**
 * `/find-care/facilities/:id`: one facility as the public sees it, every programme with its levels,
 * medications, payers, populations, services, capacity, next intake and verification, and the way to ask for
 * a confidential call-back about it.
 */
export function FacilityPage() {
  const t = useT();
  const label = useValueLabel();
  const { facilityId = '' } = useParams();
  const location = useLocation();
  const back = finderAddressFrom(location.state);
  const facility = useApiQuery(ZFinderFacility, { path: `/api/finder/facilities/${encodeURIComponent(facilityId)}` });

  const backLink = (
    <p className="finder-back">
      <Link to={back}>{t('findCare.facility.back')}</Link>
    </p>
  );
  if (facility.error !== null) {
    return (
      <div className="finder-facility">
        {backLink}
        <PageHeading>
          {t(facility.error.status === 404 ? 'findCare.facility.notFound' : 'findCare.facility.title')}
        </PageHeading>
        <RequestError
          error={facility.error}
          {...(facility.error.status === 404
            ? {}
            : {
                onRetry: () => {
                  void facility.refetch();
                },
              })}
        />
      </div>
    );
  }
  if (facility.data === undefined) {
    return (
      <div className="finder-facility">
        {backLink}
        <LoadingLine text={t('findCare.facility.loading')} />
      </div>
    );
  }
  const data = facility.data;
  const address = [data.street1, data.street2, [data.city, data.state].filter(Boolean).join(', '), data.zip]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
  return (
    <div className="finder-facility">
      {backLink}
      <PageHeading>{data.name}</PageHeading>
      {data.demo ? (
        <p>
          <DemoBadge /> {t('findCare.facility.demoNote')}
        </p>
      ) : null}
      <dl className="finder-facts">
        {address === '' ? null : (
          <>
            <dt>{t('findCare.facility.address')}</dt>
            <dd>{address}</dd>
          </>
        )}
        {data.hours === null || data.hours === '' ? null : (
          <>
            <dt>{t('findCare.facility.hours')}</dt>
            <dd>{data.hours}</dd>
          </>
        )}
        {data.languages.length === 0 ? null : (
          <>
            <dt>{t('careNetwork.filter.language')}</dt>
            <dd>{data.languages.map((code) => label('language', code)).join(', ')}</dd>
          </>
        )}
        {data.website === null || !/^https?:\/\//i.test(data.website) ? null : (
          <>
            <dt>{t('findCare.facility.website')}</dt>
            <dd>
              {/* A plain link: nothing is fetched from it unless the person follows it. */}
              <a href={data.website} rel="noopener noreferrer">
                {data.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      <PhoneLinks phone={data.phone} admissionsLine={data.admissionsLine} />
      <VerifiedLine
        lastVerifiedAt={data.lastVerifiedAt}
        lastVerifiedBy={data.lastVerifiedBy}
        stale={data.verificationStale}
      />
      <p>
        <Link className="button" to={`/find-care/call-back?facilityId=${encodeURIComponent(data.id)}`}>
          {t('findCare.facility.callBack')}
        </Link>
      </p>
      <h2>{t('findCare.facility.programmes')}</h2>
      {data.programmes.length === 0 ? (
        <p>{t('findCare.facility.noProgrammes')}</p>
      ) : (
        data.programmes.map((programme) => <ProgrammeSection key={programme.id} programme={programme} />)
      )}
    </div>
  );
}
