import { ZMePatientResponse, type TMePatientSummary } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';
import { SharedPatient } from './shared-patient';

/** The consents in force, grouped by the person who gave them (one person may have given several). */
function byPatient(entries: readonly TMePatientSummary[]): TMePatientSummary[][] {
  const groups = new Map<string, TMePatientSummary[]>();
  for (const entry of entries) {
    groups.set(entry.id, [...(groups.get(entry.id) ?? []), entry]);
  }
  return [...groups.values()];
}

function SharedWithMe() {
  const t = useT();
  const mine = useApiQuery(ZMePatientResponse, { path: '/api/me/patient' });
  return (
    <div className="page page--wide">
      <PageHeading>{t('family.title')}</PageHeading>
      <p>{t('family.intro')}</p>
      <QueryState query={mine} emptyText={t('family.empty')} isEmpty={(data) => data.consentedPatients.length === 0}>
        {(data) => (
          <>
            {data.redisclosureNotice === undefined ? null : (
              <Notice tone="warning">
                <p>{data.redisclosureNotice}</p>
              </Notice>
            )}
            {byPatient(data.consentedPatients).map((consents) => (
              <SharedPatient key={consents[0]?.id} consents={consents} />
            ))}
          </>
        )}
      </QueryState>
    </div>
  );
}

/** `/family`: a family member's landing page: who shares what with them, and those records only. */
export function FamilyPage() {
  return (
    <RequireSession roles={['family']}>
      <SharedWithMe />
    </RequireSession>
  );
}
