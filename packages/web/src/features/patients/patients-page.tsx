import { ZListPatientsResponse, type TPatient } from '@kratom-care/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApiPagedQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';
import { Pager } from '../workspace/pager';
import { formatBirthDate, patientName } from './patient-name';
import { PatientSearch, type PatientListView } from './patient-search';

const PAGE_SIZE = 20;

function PatientList() {
  const { t, formatDateTime } = useI18n();
  const [view, setView] = useState<PatientListView>({ q: '', sort: 'familyName', order: 'asc' });
  const patients = useApiPagedQuery(ZListPatientsResponse, {
    path: '/api/patients',
    query: { ...view, limit: PAGE_SIZE },
  });
  const columns: readonly DataColumn<TPatient>[] = [
    {
      id: 'name',
      header: t('patients.col.name'),
      cell: (patient) => <Link to={`/patients/${encodeURIComponent(patient.id)}`}>{patientName(patient)}</Link>,
    },
    {
      id: 'birthDate',
      header: t('patients.col.birthDate'),
      cell: (patient) => formatBirthDate(patient.birthDate, formatDateTime) ?? t('patients.unknown'),
    },
    {
      id: 'added',
      header: t('patients.col.added'),
      cell: (patient) => formatDateTime(new Date(patient.createdAt), { dateStyle: 'medium' }),
    },
    {
      id: 'account',
      header: t('patients.col.account'),
      cell: (patient) => t(patient.hasAccount ? 'patients.account.yes' : 'patients.account.no'),
    },
  ];
  const createLink = (
    <Link className="button" to="/patients/new">
      {t('patients.create')}
    </Link>
  );
  // With no patients at all there is nothing to search or sort: the bar would only stand in front of
  // "Create a patient". After a search that finds nothing it stays, so the search can be changed or cleared.
  const hasNoPatients = view.q === '' && patients.data?.items.length === 0 && !patients.pager.hasPrevious;
  return (
    <div className="page page--wide">
      <PageHeading>{t('patients.title')}</PageHeading>
      <p>{t('patients.intro')}</p>
      {hasNoPatients ? null : <PatientSearch view={view} onChange={setView} />}
      <QueryState
        query={patients}
        emptyText={view.q === '' ? t('patients.empty') : t('patients.noMatch', { q: view.q })}
        emptyAction={view.q === '' ? createLink : undefined}
        isEmpty={(data) => data.items.length === 0 && !patients.pager.hasPrevious}
      >
        {(data) => (
          <>
            <DataTable
              caption={t('patients.tableCaption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(patient) => patient.id}
            />
            <Pager label={t('patients.pages')} pager={patients.pager} nextCursor={data.nextCursor} />
            <p>{createLink}</p>
          </>
        )}
      </QueryState>
    </div>
  );
}

/** `/patients`: "My patients", the clinician's landing page: search, sort, page, create. */
export function PatientsPage() {
  return (
    <RequireSession roles={['clinician', 'admissions']}>
      <PatientList />
    </RequireSession>
  );
}
