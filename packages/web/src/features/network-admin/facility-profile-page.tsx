import { ZNetworkFacility, type TNetworkFacility } from '@kratom-care/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { scrollIntoView } from '../../ui/scroll-into-view';
import { RequireSession } from '../account/session/require-session';
import { ErrorState, LoadingState } from '../workspace/page-states';
import { FacilityProfileForm } from './facility-profile-form';
import { facilityPaths } from './network-paths';
import { ProgrammesSection } from './programmes-section';
import { VerifiedLine } from './verified-line';
import './network-admin.css';

/** Name, demo label, where the listing came from, its region and when it was last verified. */
function FacilityBanner({ facility }: { readonly facility: TNetworkFacility }) {
  const t = useT();
  return (
    <header className="ws-banner">
      <PageHeading>{facility.name}</PageHeading>
      <ul className="ws-banner__facts">
        {facility.demo ? (
          <li>
            <span className="ws-status net-demo">{t('networkAdmin.demoBadge')}</span>
          </li>
        ) : null}
        <li>{t(`careNetwork.source.${facility.source}`)}</li>
        <li>
          <button
            className="ws-link-button"
            type="button"
            onClick={() => {
              // A button, not a #fragment link: the router would treat the fragment as a new page.
              const heading = document.getElementById('programmes-title');
              if (heading !== null) {
                heading.focus();
                scrollIntoView(heading, 'start');
              }
            }}
          >
            {t('networkAdmin.toProgrammes', { count: facility.programmes.length })}
          </button>
        </li>
        <li>
          {facility.finderRegion === null
            ? t('networkAdmin.noRegion')
            : t('networkAdmin.regionIs', { region: t(`careNetwork.region.${facility.finderRegion}`) })}
        </li>
      </ul>
      <VerifiedLine at={facility.lastVerifiedAt} by={facility.lastVerifiedBy} stale={facility.verificationStale} />
    </header>
  );
}

function Profile({ facilityId }: { readonly facilityId: string }) {
  const t = useT();
  const facility = useApiQuery(ZNetworkFacility, { path: facilityPaths(facilityId).facility });
  // Rebuilt after a save (to the saved version) or on "Load their changes" after a 412.
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  if (facility.error !== null) {
    return facility.error.status === 404 ? (
      <div className="page">
        <PageHeading>{t('networkAdmin.notFoundTitle')}</PageHeading>
        <p>{t('networkAdmin.notFound')}</p>
        <p>
          <Link to="/admin/facilities">{t('networkImport.backToList')}</Link>
        </p>
      </div>
    ) : (
      <ErrorState error={facility.error} onRetry={() => void facility.refetch()} />
    );
  }
  if (facility.data === undefined) {
    return <LoadingState />;
  }
  const data = facility.data;
  return (
    <div className="page page--wide">
      <nav className="ws-breadcrumb" aria-label={t('frame.breadcrumb')}>
        <ol>
          <li>
            <Link to="/admin/facilities">{t('facilities.title')}</Link>
          </li>
          <li aria-current="page">{data.name}</li>
        </ol>
      </nav>
      <FacilityBanner facility={data} />
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <div className="ws-sections ws-sections--two">
        <section className="ws-section" aria-labelledby="profile-title">
          <h2 id="profile-title">{t('networkAdmin.profileTitle')}</h2>
          <FacilityProfileForm
            key={formKey}
            facility={data}
            onSaved={() => {
              setNotice(t('networkAdmin.profileSaved'));
              setFormKey((key) => key + 1);
            }}
            onReload={() => {
              setNotice(null);
              setFormKey((key) => key + 1);
            }}
          />
        </section>
        <div className="ws-section">
          <ProgrammesSection facility={data} />
        </div>
      </div>
    </div>
  );
}

/** `/admin/facilities/:facilityId`: a facility's profile (address, map position, phones, hours, languages) and programmes. */
export function FacilityProfilePage() {
  const { facilityId = '' } = useParams();
  return (
    <RequireSession roles={['admin']}>
      <Profile key={facilityId} facilityId={facilityId} />
    </RequireSession>
  );
}
