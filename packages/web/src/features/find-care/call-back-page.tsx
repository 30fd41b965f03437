import { ZFinderFacility } from '@kratom-care/contracts';
import { LEVELS_OF_CARE } from '@kratom-care/domain';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { CallBackForm } from './call-back-form';
import type { CallBackSentState } from './call-back-sent-page';
import { LoadingLine } from './loading-line';

/**
 * `/find-care/call-back` (optionally `?facilityId=` or `?level=`): the confidential call-back request, no
 * account needed. With a facility, its name is shown and the request goes to its admissions team.
 */
export function CallBackPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const facilityId = params.get('facilityId');
  const level = LEVELS_OF_CARE.find((value) => value === params.get('level'));
  const facility = useApiQuery(
    ZFinderFacility,
    facilityId === null || facilityId === ''
      ? null
      : { path: `/api/finder/facilities/${encodeURIComponent(facilityId)}` },
  );
  const waiting = facilityId !== null && facilityId !== '' && facility.isPending;
  const missing = facility.error !== null;

  return (
    <div className="finder-call-back">
      <PageHeading>{t('findCare.callBack.title')}</PageHeading>
      <p className="lead">{t('findCare.callBack.lead')}</p>
      <p>{t('findCare.callBack.urgent')}</p>
      {missing ? (
        <Notice tone="warning">
          {t('findCare.callBack.facilityMissing')} <Link to="/find-care">{t('findCare.callBack.backToFinder')}</Link>
        </Notice>
      ) : null}
      {waiting ? (
        <LoadingLine text={t('findCare.facility.loading')} />
      ) : (
        <CallBackForm
          facility={facility.data === undefined ? null : { id: facility.data.id, name: facility.data.name }}
          level={level}
          onSent={({ reference }) => {
            const state: CallBackSentState = {
              reference,
              facilityName: facility.data?.name ?? null,
              admissionsLine: facility.data?.admissionsLine ?? null,
            };
            // Replacing the form: "Back" from the confirmation does not reopen a form already sent.
            void navigate('/find-care/call-back/sent', { replace: true, state });
          }}
        />
      )}
    </div>
  );
}
