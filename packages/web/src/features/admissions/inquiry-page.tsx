import { ZInquiryDetail, type TInquiryDetail } from '@kratom-care/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { ErrorState, LoadingState } from '../workspace/page-states';
import { ActivityLog } from './activity-log';
import { inquiryPath } from './admissions-paths';
import { BenefitsForm } from './benefits-form';
import { ConvertSection } from './convert-section';
import { describeInquiryChanges } from './inquiry-changes';
import { InquiryRequest } from './inquiry-request';
import { InquiryStatusCell } from './inquiry-status-cell';
import { FirstContactTimer } from './queue-timers';
import { ReferOutSection } from './refer-out-section';
import { StatusForm } from './status-form';
import { TransportForm } from './transport-form';

/** After a 412: the request was read again; this says what someone else changed, so nobody compares by eye. */
function ChangedNotice({
  before,
  after,
  onClose,
}: {
  readonly before: TInquiryDetail;
  readonly after: TInquiryDetail;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const changes = describeInquiryChanges(t, before, after);
  return (
    <div className="error-summary" role="alert">
      <p>{t('admissions.changed.intro')}</p>
      <ul className="adm-changes">
        {(changes.length === 0 ? [t('admissions.changed.nothingVisible')] : changes).map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p>{t('admissions.changed.again')}</p>
      <button className="button button--secondary" type="button" onClick={onClose}>
        {t('admissions.changed.dismiss')}
      </button>
    </div>
  );
}

function Inquiry({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const inquiry = useApiQuery(ZInquiryDetail, { path: inquiryPath(id) });
  // The version a save was based on when the server answered 412.
  const [staleFrom, setStaleFrom] = useState<TInquiryDetail | null>(null);
  if (inquiry.error !== null && inquiry.data === undefined) {
    return inquiry.error.status === 404 ? (
      <div className="page">
        <PageHeading>{t('admissions.inquiry.notFoundTitle')}</PageHeading>
        <p>{t('admissions.inquiry.notFound')}</p>
        <p>
          <Link to="/admissions">{t('admissions.inquiry.back')}</Link>
        </p>
      </div>
    ) : (
      <ErrorState error={inquiry.error} onRetry={() => void inquiry.refetch()} />
    );
  }
  if (inquiry.data === undefined) {
    return <LoadingState />;
  }
  const data = inquiry.data;
  return (
    <div className="page page--wide">
      <nav className="ws-breadcrumb" aria-label={t('frame.breadcrumb')}>
        <ol>
          <li>
            <Link to="/admissions">{t('admissions.title')}</Link>
          </li>
          <li aria-current="page">{data.name}</li>
        </ol>
      </nav>
      <header className="ws-banner">
        <PageHeading>{t('admissions.inquiry.title', { name: data.name })}</PageHeading>
        <ul className="ws-banner__facts">
          <li>{t('admissions.inquiry.reference', { reference: data.reference })}</li>
          <li>
            <InquiryStatusCell inquiry={data} />
          </li>
          <li>
            <FirstContactTimer inquiry={data} targetMinutes={data.firstContactTargetMinutes} />
          </li>
        </ul>
      </header>
      {staleFrom === null ? null : (
        <ChangedNotice
          before={staleFrom}
          after={data}
          onClose={() => {
            setStaleFrom(null);
          }}
        />
      )}
      {data.status === 'new' ? (
        <Notice tone="info">
          <p>{t('admissions.inquiry.callFirst')}</p>
        </Notice>
      ) : null}
      <div className="ws-sections ws-sections--two">
        <div className="ws-section">
          <StatusForm inquiry={data} onStale={setStaleFrom} />
          <InquiryRequest inquiry={data} />
        </div>
        <ActivityLog inquiry={data} />
      </div>
      <div className="ws-sections ws-sections--two adm-cards">
        <BenefitsForm key={`benefits-${data.id}`} inquiry={data} onStale={setStaleFrom} />
        <TransportForm key={`transport-${data.id}`} inquiry={data} onStale={setStaleFrom} />
      </div>
      <div className="ws-sections ws-sections--two adm-cards">
        <ConvertSection inquiry={data} />
        <ReferOutSection inquiry={data} />
      </div>
    </div>
  );
}

/**
 * `/admissions/inquiries/:inquiryId`: one call-back request and everything a coordinator does with it:
 * what the person asked, the status, the activity log, the benefits checklist, transport, convert to
 * patient, refer out. Every save is checked against the version shown (`If-Match`); when someone else
 * saved first, the page reads it again and says what changed.
 */
export function InquiryPage() {
  const { inquiryId = '' } = useParams();
  return (
    <RequireSession roles={['admissions']}>
      <Inquiry key={inquiryId} id={inquiryId} />
    </RequireSession>
  );
}
