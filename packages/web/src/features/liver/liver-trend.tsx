import { useMemo } from 'react';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { TimeSeriesChart, type ChartScaleSpec, type ChartSeriesSpec } from '../chart/time-series-chart';
import { LAB_LIST, labPaths } from './lab-lists';
import { TREND_TESTS, trendRows, type TrendRow } from './liver-trend-data';

/** Line colours at least 3:1 on white, each with its own dash so the lines differ without colour. */
const LINE_STYLE = {
  alt: { color: '#0b5cad' },
  ast: { color: '#7a3e9d', dash: [6, 4] },
  alp: { color: '#a4161a', dash: [2, 3], hollow: true },
  totalBilirubin: { color: '#1f6b3a', dash: [10, 4, 2, 4] },
} as const;

/**
 * The LFTs over time as multiples of their upper limits (1 = the upper limit), one line per test, with
 * the same values as a table behind "Show as table" (decision 0011).
 */
export function LiverTrend({ patientId }: { readonly patientId: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  // The newest 100 results: a trend, not the full history (the results table pages through that).
  const labs = useApiInfiniteQuery(LAB_LIST, { path: labPaths(patientId).labs, query: { limit: 100, order: 'desc' } });
  const rows = useMemo(() => trendRows(labs.items), [labs.items]);
  const series: readonly ChartSeriesSpec[] = useMemo(
    () =>
      TREND_TESTS.map((test) => ({
        id: test,
        label: t(`liver.test.${test}`),
        unit: '×',
        scale: 'uln',
        ...LINE_STYLE[test],
      })),
    [t],
  );
  const scales: readonly ChartScaleSpec[] = useMemo(
    () => [{ id: 'uln', label: t('liverTab.trend.axis'), side: 'left' }],
    [t],
  );
  const x = useMemo(
    () => ({ of: (row: TrendRow) => row.atMs / 1000, kind: 'time' as const, label: t('labs.col.collected') }),
    [t],
  );
  const latest = rows.at(-1);
  return (
    <section className="ws-section" aria-labelledby="liver-trend-title">
      <h2 id="liver-trend-title">{t('liverTab.trend.title')}</h2>
      <p>{t('liverTab.trend.intro')}</p>
      {rows.length === 0 || latest === undefined ? (
        <p className="ws-state ws-state--empty">{t('liverTab.trend.empty')}</p>
      ) : (
        <TimeSeriesChart
          id="liver-trend"
          caption={t('liverTab.trend.caption')}
          summary={`${formatDateTime(new Date(latest.atMs), { dateStyle: 'medium', timeStyle: 'short' })}: ${TREND_TESTS.flatMap(
            (test) => {
              const value = latest.values[test];
              return value === null
                ? []
                : [`${t(`liver.test.${test}`)} ${formatNumber(value, { maximumFractionDigits: 2 })}×`];
            },
          ).join(', ')}`}
          series={series}
          scales={scales}
          rows={rows}
          x={x}
          tableCaption={t('liverTab.trend.caption')}
        />
      )}
    </section>
  );
}
