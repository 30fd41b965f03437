import { COWS_DEFINITION, VITAL_SIGNS } from '@kratom-care/domain';
import type { TAssessment, TVitals } from '@kratom-care/contracts';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/use-t';
import type { DataColumn } from '../../../ui/data-table';
import { TimeSeriesChart, type ChartBandSpec, type ChartScaleSpec, type ChartSeriesSpec } from '../time-series-chart';
import {
  scoreRows,
  summarizeSeries,
  toAxisValue,
  vitalsRows,
  type ChartRow,
  type VitalField,
  type WithdrawalAxis,
  type WithdrawalInstrumentId,
} from './withdrawal-series';

/*
 * The tab's charts: COWS with its band zones, SOWS (no bands), and the vitals, all on one x axis (hours
 * since the last kratom dose, or clock time). Each is a TimeSeriesChart: a picture plus the same numbers
 * as a table.
 */

// Line colours at least 3:1 against white; each series also has its own dash or marker (decision 0011).
const BLUE = '#1d4f7a';
const RED = '#9f1d1d';
const GREEN = '#25603e';
const AMBER = '#8a5a00';
const PURPLE = '#5b2a86';

/** Light tints behind the COWS bands, lightest for "below mild"; each band also carries its name. */
const BAND_FILLS: Readonly<Record<string, string>> = {
  'below-mild': '#f4f7fa',
  mild: '#e9f4ee',
  moderate: '#fff4dc',
  'moderately-severe': '#fde7d4',
  severe: '#fbe0e0',
};

interface VitalsChartSpec {
  readonly id: string;
  readonly captionKey: string;
  readonly fields: readonly VitalField[];
  readonly scales: readonly ChartScaleSpec[];
  readonly scaleOf: Readonly<Partial<Record<VitalField, string>>>;
}

const VITALS_CHARTS: readonly VitalsChartSpec[] = [
  {
    id: 'withdrawal-hr-bp',
    captionKey: 'withdrawal.chart.hrBp',
    fields: ['heartRate', 'systolic', 'diastolic'],
    scales: [{ id: 'rate', label: `${VITAL_SIGNS.heartRate.unit} / ${VITAL_SIGNS.systolic.unit}`, side: 'left' }],
    scaleOf: { heartRate: 'rate', systolic: 'rate', diastolic: 'rate' },
  },
  {
    id: 'withdrawal-rr-spo2',
    captionKey: 'withdrawal.chart.rrSpo2',
    fields: ['respiratoryRate', 'oxygenSaturation'],
    scales: [
      { id: 'breaths', label: VITAL_SIGNS.respiratoryRate.unit, side: 'left' },
      { id: 'percent', label: VITAL_SIGNS.oxygenSaturation.unit, side: 'right' },
    ],
    scaleOf: { respiratoryRate: 'breaths', oxygenSaturation: 'percent' },
  },
  {
    id: 'withdrawal-temperature',
    captionKey: 'withdrawal.chart.temperature',
    fields: ['temperature'],
    scales: [{ id: 'celsius', label: VITAL_SIGNS.temperature.unit, side: 'left' }],
    scaleOf: { temperature: 'celsius' },
  },
];

const VITAL_STYLE: Readonly<
  Record<VitalField, { readonly color: string; readonly dash?: readonly number[]; readonly hollow?: boolean }>
> = {
  heartRate: { color: RED },
  systolic: { color: BLUE, dash: [8, 4] },
  diastolic: { color: BLUE, dash: [2, 3], hollow: true },
  respiratoryRate: { color: GREEN },
  oxygenSaturation: { color: PURPLE, dash: [8, 4], hollow: true },
  temperature: { color: AMBER },
};

const SOWS_VARIANTS: readonly WithdrawalInstrumentId[] = ['sows-kratom-adapted', 'sows-handelsman-1987'];

/** The x axis of every chart on the tab, and the table's "hours since the dose" column. */
function useAxisSpec(axis: WithdrawalAxis) {
  const { t, formatNumber } = useI18n();
  return useMemo(() => {
    const x = {
      of: (row: ChartRow) => toAxisValue(row.atMs, axis),
      kind: axis.kind === 'clock' ? ('time' as const) : ('number' as const),
      label: t(axis.kind === 'clock' ? 'withdrawal.axis.clock' : 'withdrawal.axis.hours'),
      format: (value: number) => t('withdrawal.axis.tick', { hours: formatNumber(value) }),
    };
    const lead: DataColumn<ChartRow>[] =
      axis.kind === 'clock'
        ? []
        : [
            {
              id: 'hours',
              header: t('withdrawal.col.hours'),
              numeric: true,
              cell: (row) => formatNumber(toAxisValue(row.atMs, axis), { maximumFractionDigits: 1 }),
            },
          ];
    return { x, lead };
  }, [axis, t, formatNumber]);
}

function useSummary() {
  const { t, formatDateTime } = useI18n();
  return (rows: readonly ChartRow[], seriesId: string, label: string, band?: (bandId: string) => string) => {
    const summary = summarizeSeries(rows, seriesId);
    if (summary.latest === null) {
      return t('withdrawal.summary.none', { label });
    }
    const time = formatDateTime(new Date(summary.latest.atMs), { dateStyle: 'medium', timeStyle: 'short' });
    const bandText = summary.latest.bandId === null || band === undefined ? '' : ` (${band(summary.latest.bandId)})`;
    const latest = t('withdrawal.summary.latest', { label, value: summary.latest.value, band: bandText, time });
    return summary.change === null
      ? latest
      : `${latest} ${t('withdrawal.summary.change', { change: summary.change > 0 ? `+${String(summary.change)}` : String(summary.change) })}`;
  };
}

interface WithdrawalChartsProps {
  readonly assessments: readonly TAssessment[];
  readonly vitals: readonly TVitals[];
  readonly axis: WithdrawalAxis;
}

/** COWS, SOWS and vitals over time, each a chart with its table; an empty scale says so in words. */
export function WithdrawalCharts({ assessments, vitals, axis }: WithdrawalChartsProps) {
  const { t } = useI18n();
  const { x, lead } = useAxisSpec(axis);
  const summaryOf = useSummary();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const byColumn: DataColumn<ChartRow> = {
    id: 'by',
    header: t('chart.col.by'),
    cell: (row) => row.recordedByName ?? t('withdrawal.unknownRecorder'),
  };

  const cowsRows = useMemo(() => scoreRows(assessments, ['cows']), [assessments]);
  const sowsRows = useMemo(() => scoreRows(assessments, SOWS_VARIANTS), [assessments]);
  const cows = useMemo(() => {
    const series: ChartSeriesSpec[] = [
      {
        id: 'cows',
        label: t('withdrawal.series.cows'),
        unit: t('withdrawal.unit.points'),
        scale: 'score',
        color: BLUE,
      },
    ];
    const scales: ChartScaleSpec[] = [
      {
        id: 'score',
        label: t('withdrawal.series.cows'),
        side: 'left',
        range: [COWS_DEFINITION.minTotal, COWS_DEFINITION.maxTotal],
      },
    ];
    const bands: ChartBandSpec[] = COWS_DEFINITION.bands.map((band) => ({
      min: band.min,
      max: band.max,
      label: t(band.labelKey),
      fill: BAND_FILLS[band.id] ?? '#ffffff',
    }));
    return { series, scales, bands };
  }, [t]);
  const sows = useMemo(() => {
    const series: ChartSeriesSpec[] = SOWS_VARIANTS.map((id, index) => ({
      id,
      label: t(`withdrawal.scale.${id}`),
      unit: t('withdrawal.unit.points'),
      scale: 'score',
      color: index === 0 ? GREEN : PURPLE,
      ...(index === 0 ? {} : { dash: [8, 4], hollow: true }),
    }));
    const scales: ChartScaleSpec[] = [
      { id: 'score', label: t('withdrawal.series.sows'), side: 'left', range: [0, 64] },
    ];
    return { series, scales };
  }, [t]);
  const vitalsCharts = useMemo(
    () =>
      VITALS_CHARTS.map((spec) => ({
        spec,
        rows: vitalsRows(vitals, spec.fields),
        series: spec.fields.map((field) => ({
          id: field,
          label: t(`withdrawal.vital.${field}`),
          // Units come with the vital signs' definitions (domain), as the vitals form shows them.
          unit: VITAL_SIGNS[field].unit,
          scale: spec.scaleOf[field] ?? spec.scales[0]?.id ?? 'y',
          color: VITAL_STYLE[field].color,
          ...(VITAL_STYLE[field].dash === undefined ? {} : { dash: VITAL_STYLE[field].dash }),
          ...(VITAL_STYLE[field].hollow === true ? { hollow: true } : {}),
        })),
      })),
    [vitals, t],
  );
  const bandOf = (bandId: string) => t(`instrument.cows.band.${bandId}`);
  const bandColumn: DataColumn<ChartRow> = {
    id: 'band',
    header: t('chart.col.band'),
    cell: (row) => (row.bandId === null || row.bandId === undefined ? '' : bandOf(row.bandId)),
  };

  return (
    <section className="ws-section" aria-labelledby="withdrawal-charts-title">
      <h3 id="withdrawal-charts-title">{t('withdrawal.charts.title')}</h3>
      {cowsRows.length === 0 ? (
        <p className="ws-state ws-state--empty">{t('withdrawal.empty.cows')}</p>
      ) : (
        <TimeSeriesChart
          id="withdrawal-cows"
          caption={t('withdrawal.chart.cows', { zone })}
          summary={summaryOf(cowsRows, 'cows', t('withdrawal.series.cows'), bandOf)}
          series={cows.series}
          scales={cows.scales}
          bands={cows.bands}
          bandScale="score"
          rows={cowsRows}
          x={x}
          leadColumns={lead}
          extraColumns={[bandColumn, byColumn]}
          tableCaption={t('withdrawal.table.cows')}
        />
      )}
      {sowsRows.length === 0 ? null : (
        <TimeSeriesChart
          id="withdrawal-sows"
          caption={t('withdrawal.chart.sows', { zone })}
          summary={SOWS_VARIANTS.map((id) => summaryOf(sowsRows, id, t(`withdrawal.scale.${id}`))).join(' ')}
          series={sows.series}
          scales={sows.scales}
          rows={sowsRows}
          x={x}
          leadColumns={lead}
          extraColumns={[byColumn]}
          tableCaption={t('withdrawal.table.sows')}
        />
      )}
      {vitalsCharts.every((chart) => chart.rows.length === 0) ? (
        <p className="ws-state ws-state--empty">{t('withdrawal.empty.vitals')}</p>
      ) : (
        vitalsCharts
          .filter((chart) => chart.rows.length > 0)
          .map((chart) => (
            <TimeSeriesChart
              key={chart.spec.id}
              id={chart.spec.id}
              caption={t(chart.spec.captionKey, { zone })}
              summary={chart.series.map((line) => summaryOf(chart.rows, line.id, line.label)).join(' ')}
              series={chart.series}
              scales={chart.spec.scales}
              rows={chart.rows}
              x={x}
              leadColumns={lead}
              extraColumns={[byColumn]}
              tableCaption={t(`${chart.spec.captionKey}.table`)}
            />
          ))
      )}
    </section>
  );
}
