import { ZListInquiriesResponse, type TInquirySummary } from '@kratom-care/contracts';
import { INQUIRY_STATUSES } from '@kratom-care/domain';
import { Link, useSearchParams } from 'react-router';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { useMinuteRefresh } from '../dashboard/use-minute-refresh';
import { QueryState } from '../workspace/page-states';
import { INQUIRIES_PATH, inquiryPagePath } from './admissions-paths';
import { FacilityFilter, useFacilityParam } from './facility-filter';
import { InquiryStatusCell } from './inquiry-status-cell';
import { FirstContactTimer, firstContactTargetText, SinceSubmitted } from './queue-timers';
import { useWorkFacilities, WorkFacilitiesState, type WorkFacility } from './use-work-facilities';
import { SelectField } from '../../ui/select-field';

const PAGE_SIZE = 25;
/** The status filter: the open statuses together (the default), each status alone, or every request. */
const STATUS_CHOICES = ['open', ...INQUIRY_STATUSES, 'all'] as const;
type StatusChoice = (typeof STATUS_CHOICES)[number];

function isStatusChoice(value: string | null): value is StatusChoice {
  return (STATUS_CHOICES as readonly (string | null)[]).includes(value);
}

function Queue({ facilities }: { readonly facilities: readonly WorkFacility[] }) {
  const { t, formatDateTime } = useI18n();
  // The filters live in the address, so "Back" from a request returns to the same view.
  const [params, setParams] = useSearchParams();
  const facility = useFacilityParam(facilities);
  const statusParam = params.get('status');
  const status: StatusChoice = isStatusChoice(statusParam) ? statusParam : 'open';
  const queue = useApiInfiniteQuery(ZListInquiriesResponse, {
    path: INQUIRIES_PATH,
    query: { facilityId: facility?.id, status: status === 'all' ? undefined : status, limit: PAGE_SIZE },
  });
  useMinuteRefresh(queue.refetch);
  // Every page carries the target; the newest page's is the one in force.
  const targetMinutes = queue.data?.pages.at(-1)?.firstContactTargetMinutes;
  // When the queue was read: the timers count to then, and move on with each minute's read.
  const at = new Date(queue.dataUpdatedAt).toISOString();
  const facilityName = (id: string): string => facilities.find((candidate) => candidate.id === id)?.name ?? id;
  const columns: DataColumn<TInquirySummary>[] = [
    {
      id: 'person',
      header: t('admissions.col.person'),
      cell: (row) => (
        <>
          <Link to={inquiryPagePath(row.id)}>{row.name}</Link>
          <span className="adm-reference">{row.reference}</span>
        </>
      ),
    },
    {
      id: 'status',
      header: t('admissions.col.status'),
      cell: (row) => <InquiryStatusCell inquiry={row} />,
    },
    {
      id: 'submitted',
      header: t('admissions.col.submitted'),
      nowrap: true,
      cell: (row) => <SinceSubmitted inquiry={row} at={at} />,
    },
    {
      id: 'firstContact',
      header: t('admissions.col.firstContact'),
      cell: (row) => <FirstContactTimer inquiry={row} targetMinutes={targetMinutes} />,
    },
    {
      id: 'interest',
      header: t('admissions.col.interest'),
      cell: (row) => (
        <>
          {row.levelOfCare === null ? t('admissions.levelNotSaid') : t(`careNetwork.level.${row.levelOfCare}`)}
          <br />
          {t(`admissions.forWhom.${row.forWhom}`)}
        </>
      ),
    },
  ];
  if (facility === undefined && facilities.length > 1) {
    columns.push({ id: 'facility', header: t('admissions.col.facility'), cell: (row) => facilityName(row.facilityId) });
  }
  return (
    <>
      <div className="ws-toolbar">
        <FacilityFilter id="admissions-facility" facilities={facilities} />
        <SelectField
          id="admissions-status"
          label={t('admissions.statusFilter')}
          placeholder={t('admissions.statusFilter')}
          options={STATUS_CHOICES.map((choice) => ({ value: choice, label: t(`admissions.filter.${choice}`) }))}
          value={status}
          onChange={(choice) => {
            const next = new URLSearchParams(params);
            next.set('status', choice);
            setParams(next, { replace: true });
          }}
        />
      </div>
      <QueryState
        query={{ ...queue, data: queue.data === undefined ? undefined : queue.items }}
        emptyText={t(status === 'open' ? 'admissions.emptyOpen' : 'admissions.emptyFilter')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <p className="adm-updated">
              <span>{t('admissions.updated', { time: formatDateTime(new Date(at), { timeStyle: 'short' }) })}</span>
              {targetMinutes === undefined ? null : <span>{firstContactTargetText(t, targetMinutes)}</span>}
              <button
                className="button button--secondary"
                type="button"
                disabled={queue.isFetching}
                onClick={() => void queue.refetch()}
              >
                {t('admissions.refresh')}
              </button>
            </p>
            <DataTable
              caption={t('admissions.tableCaption')}
              captionHidden
              columns={columns}
              rows={items}
              rowKey={(row) => row.id}
            />
            {queue.hasNextPage ? (
              <div className="button-row">
                <button
                  className="button button--secondary"
                  type="button"
                  disabled={queue.isFetchingNextPage}
                  aria-busy={queue.isFetchingNextPage || undefined}
                  onClick={() => void queue.fetchNextPage()}
                >
                  {t('admissions.loadMore')}
                </button>
              </div>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}

function QueuePage() {
  const { t } = useI18n();
  const work = useWorkFacilities(['admissions']);
  return (
    <div className="page page--wide">
      <PageHeading>{t('admissions.title')}</PageHeading>
      <p>{t('admissions.intro')}</p>
      <WorkFacilitiesState work={work}>{(facilities) => <Queue facilities={facilities} />}</WorkFacilitiesState>
    </div>
  );
}

/**
 * `/admissions`: the coordinator's queue of call-back requests, oldest first, with the time since
 * each came in and the time to first contact against the target; read again every minute.
 */
export function AdmissionsQueuePage() {
  return (
    <RequireSession roles={['admissions']}>
      <QueuePage />
    </RequireSession>
  );
}
