import { ZInquiryReports, type TInquiryReports } from '@kratom-care/contracts';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { InputField } from '../../ui/input-field';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';
import { INQUIRY_REPORTS_PATH } from './admissions-paths';
import { formatMinutes } from './durations';
import { FacilityFilter, useFacilityParam } from './facility-filter';
import { useWorkFacilities, WorkFacilitiesState, type WorkFacility } from './use-work-facilities';

type Conversion = TInquiryReports['conversionByLevel'][number];
type FacilityConversion = TInquiryReports['conversionByFacility'][number];

/** The columns both conversion tables share: requests, admitted, and the rate as a percentage. */
function conversionColumns<R extends Pick<Conversion, 'inquiries' | 'admitted' | 'rate'>>(
  t: (key: string, vars?: Record<string, string | number>) => string,
  formatPercent: (rate: number) => string,
): DataColumn<R>[] {
  return [
    { id: 'inquiries', header: t('admissions.reports.col.inquiries'), numeric: true, cell: (row) => row.inquiries },
    { id: 'admitted', header: t('admissions.reports.col.admitted'), numeric: true, cell: (row) => row.admitted },
    {
      id: 'rate',
      header: t('admissions.reports.col.rate'),
      numeric: true,
      cell: (row) => (row.rate === null ? t('admissions.reports.noRate') : formatPercent(row.rate)),
    },
  ];
}

function Reports({ data }: { readonly data: TInquiryReports }) {
  const { t, formatNumber } = useI18n();
  const formatPercent = (rate: number): string => formatNumber(rate, { style: 'percent', maximumFractionDigits: 0 });
  const funnel: DataColumn<TInquiryReports['funnel'][number]>[] = [
    { id: 'status', header: t('admissions.reports.col.status'), cell: (row) => t(`admissions.status.${row.status}`) },
    { id: 'current', header: t('admissions.reports.col.current'), numeric: true, cell: (row) => row.current },
    { id: 'reached', header: t('admissions.reports.col.reached'), numeric: true, cell: (row) => row.reached },
  ];
  const byLevel: DataColumn<Conversion>[] = [
    {
      id: 'level',
      header: t('admissions.reports.col.level'),
      cell: (row) =>
        row.levelOfCare === null ? t('admissions.levelNotSaid') : t(`careNetwork.level.${row.levelOfCare}`),
    },
    ...conversionColumns<Conversion>(t, formatPercent),
  ];
  const byFacility: DataColumn<FacilityConversion>[] = [
    { id: 'facility', header: t('admissions.reports.col.facility'), cell: (row) => row.facilityName },
    ...conversionColumns<FacilityConversion>(t, formatPercent),
  ];
  const target = formatMinutes(t, data.firstContactTargetMinutes);
  return (
    <>
      <section aria-labelledby="reports-contact-title">
        <h2 id="reports-contact-title">{t('admissions.reports.contactTitle')}</h2>
        <p>
          {data.medianMinutesToFirstContact === null
            ? t('admissions.reports.noContacts', { target })
            : t('admissions.reports.median', { time: formatMinutes(t, data.medianMinutesToFirstContact), target })}
        </p>
      </section>
      <section aria-labelledby="reports-funnel-title">
        <h2 id="reports-funnel-title">{t('admissions.reports.funnelTitle')}</h2>
        <p>{t('admissions.reports.funnelIntro')}</p>
        <DataTable
          caption={t('admissions.reports.funnelCaption')}
          captionHidden
          columns={funnel}
          rows={data.funnel}
          rowKey={(row) => row.status}
        />
      </section>
      <section aria-labelledby="reports-level-title">
        <h2 id="reports-level-title">{t('admissions.reports.levelTitle')}</h2>
        {data.conversionByLevel.length === 0 ? (
          <p>{t('admissions.reports.empty')}</p>
        ) : (
          <DataTable
            caption={t('admissions.reports.levelCaption')}
            captionHidden
            columns={byLevel}
            rows={data.conversionByLevel}
            rowKey={(row) => row.levelOfCare ?? 'none'}
          />
        )}
      </section>
      <section aria-labelledby="reports-facility-title">
        <h2 id="reports-facility-title">{t('admissions.reports.facilityTitle')}</h2>
        {data.conversionByFacility.length === 0 ? (
          <p>{t('admissions.reports.empty')}</p>
        ) : (
          <DataTable
            caption={t('admissions.reports.facilityCaption')}
            captionHidden
            columns={byFacility}
            rows={data.conversionByFacility}
            rowKey={(row) => row.facilityId}
          />
        )}
      </section>
    </>
  );
}

/**
 * @param date - A calendar day from a date input (`2027-01-31`), or ''.
 * @param nextDay - True for the end of a period: the start of the following day (the API's `to` is exclusive).
 * @returns The reader's local midnight as an ISO time, or undefined for no limit.
 */
export function dayStart(date: string, nextDay = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return undefined;
  }
  const start = new Date(`${date}T00:00:00`);
  if (nextDay) {
    start.setDate(start.getDate() + 1);
  }
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString();
}

function ReportsFor({ facilities }: { readonly facilities: readonly WorkFacility[] }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const facility = useFacilityParam(facilities);
  const from = params.get('from') ?? '';
  const until = params.get('until') ?? '';
  const reports = useApiQuery(ZInquiryReports, {
    path: INQUIRY_REPORTS_PATH,
    query: { facilityId: facility?.id, from: dayStart(from), to: dayStart(until, true) },
  });
  const setDay = (name: 'from' | 'until', value: string): void => {
    const next = new URLSearchParams(params);
    if (value === '') {
      next.delete(name);
    } else {
      next.set(name, value);
    }
    setParams(next, { replace: true });
  };
  return (
    <>
      <div className="ws-toolbar">
        <FacilityFilter id="reports-facility" facilities={facilities} />
        <InputField
          id="reports-from"
          type="date"
          label={t('admissions.reports.from')}
          value={from}
          onChange={(value) => {
            setDay('from', value);
          }}
        />
        <InputField
          id="reports-until"
          type="date"
          label={t('admissions.reports.until')}
          value={until}
          onChange={(value) => {
            setDay('until', value);
          }}
        />
      </div>
      <p className="ws-muted">
        {t(from === '' && until === '' ? 'admissions.reports.allTime' : 'admissions.reports.period')}
      </p>
      <QueryState query={reports} emptyText={t('admissions.reports.empty')}>
        {(data) => <Reports data={data} />}
      </QueryState>
    </>
  );
}

function ReportsPage() {
  const { t } = useI18n();
  const work = useWorkFacilities(['admissions', 'admin']);
  return (
    <div className="page page--wide">
      <PageHeading>{t('admissions.reports.title')}</PageHeading>
      <p>{t('admissions.reports.intro')}</p>
      <WorkFacilitiesState work={work}>{(facilities) => <ReportsFor facilities={facilities} />}</WorkFacilitiesState>
    </div>
  );
}

/**
 * `/admissions/reports`: for managers (admissions or admin staff of the facility): the funnel by status,
 * the median time to first contact against the target, and conversion by level of care and by facility,
 * as tables (a screen reader reads every number; a chart would only repeat them).
 */
export function AdmissionsReportsPage() {
  return (
    <RequireSession roles={['admissions', 'admin']}>
      <ReportsPage />
    </RequireSession>
  );
}
