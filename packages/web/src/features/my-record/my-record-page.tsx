import { ZMePatientResponse } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { EmptyState, QueryState } from '../workspace/page-states';
import { MyAssessments } from './my-assessments';
import { MyConsentsSummary } from './my-consents-summary';
import { MyDisclosuresSummary } from './my-disclosures-summary';
import { MyPlan } from './my-plan';
import { MyVitals } from './my-vitals';

function MyRecord() {
  const t = useT();
  const me = useApiQuery(ZMePatientResponse, { path: '/api/me/patient' });
  return (
    <div className="page page--wide">
      <PageHeading>{t('myRecord.title')}</PageHeading>
      <p>{t('myRecord.intro')}</p>
      <QueryState query={me} emptyText="">
        {(data) =>
          data.self === null ? (
            <EmptyState text={t('myRecord.noRecord')} />
          ) : (
            <>
              <div className="ws-sections ws-sections--two">
                <MyConsentsSummary />
                <MyDisclosuresSummary />
              </div>
              <MyPlan patientId={data.self.id} />
              <MyVitals patientId={data.self.id} />
              <MyAssessments patientId={data.self.id} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

/** `/me/record`: a patient's landing page: who they share with, who has seen their record, their vitals and scores. */
export function MyRecordPage() {
  return (
    <RequireSession roles={['patient']}>
      <MyRecord />
    </RequireSession>
  );
}
