import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type uPlot from 'uplot';
import { useI18n } from '../../i18n/use-t';
import { paddedRange, xRange } from './chart-range';
import { DataTable, type DataColumn } from '../../ui/data-table';
import 'uplot/dist/uPlot.min.css';
import './time-series-chart.css';

/** One line of a chart: its values come from each row's `values[id]`. */
export interface ChartSeriesSpec {
  readonly id: string;
  readonly label: string;
  /** Shown after each value in the table, e.g. `bpm`. */
  readonly unit: string;
  /** The y scale it is drawn against. */
  readonly scale: string;
  /** At least 3:1 against white (WCAG 1.4.11). */
  readonly color: string;
  /** Canvas line dash, e.g. `[6, 4]`: series differ by line style as well as colour (WCAG 1.4.1). */
  readonly dash?: readonly number[];
  /** Hollow markers instead of filled ones. */
  readonly hollow?: boolean;
}

/** A y scale with its axis. */
export interface ChartScaleSpec {
  readonly id: string;
  readonly label: string;
  readonly side: 'left' | 'right';
  /** A fixed range (a score's 0–max); left out, it fits the data. */
  readonly range?: readonly [number, number];
}

/** A shaded range behind one scale, with its label drawn in it (COWS bands). */
export interface ChartBandSpec {
  readonly min: number;
  readonly max: number;
  readonly label: string;
  readonly fill: string;
}

/** One moment of the chart and of its table. */
export interface ChartPoint {
  readonly id: string;
  readonly atMs: number;
  readonly values: Readonly<Record<string, number | null>>;
}

interface TimeSeriesChartProps<R extends ChartPoint> {
  /** Unique on the page; ids of the table region derive from it. */
  readonly id: string;
  /** The visible figure caption: the measure, the period and the time zone. */
  readonly caption: string;
  /** One line under the caption: the latest value, its time and band, the change since the first. */
  readonly summary: ReactNode;
  readonly series: readonly ChartSeriesSpec[];
  readonly scales: readonly ChartScaleSpec[];
  /** Oldest first. */
  readonly rows: readonly R[];
  /** The x value of a row, and how the axis reads: epoch seconds (`time`) or a number with a unit. */
  readonly x: {
    readonly of: (row: R) => number;
    readonly kind: 'time' | 'number';
    readonly label: string;
    /** Tick text of a `number` axis, e.g. `5 h`. */
    readonly format?: (value: number) => string;
  };
  readonly bands?: readonly ChartBandSpec[];
  /** The scale the bands belong to. */
  readonly bandScale?: string;
  readonly tableCaption: string;
  /** Columns after the time and the series (band, who recorded it…). */
  readonly extraColumns?: readonly DataColumn<R>[];
  /** Columns right after the time (hours since the dose). */
  readonly leadColumns?: readonly DataColumn<R>[];
}

const AXIS_TEXT = '#1b1f24';
const GRID = '#d5d9de';
const BAND_TEXT = '#4a525c';

/** A chart for a phone is shorter, so the form and the table stay in reach. */
const heightFor = (width: number): number => (width < 480 ? 240 : 280);

/** Shades each band behind the series and names it at its top left; the canvas is only a picture. */
function drawBands(chart: uPlot, bands: readonly ChartBandSpec[], scale: string, pxRatio: number): void {
  const { ctx, bbox } = chart;
  ctx.save();
  ctx.font = `${String(Math.round(11 * pxRatio))}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  for (const band of bands) {
    // Totals are whole numbers: a band of 5–12 covers 4.5 to 12.5 on the axis.
    const top = Math.max(bbox.top, chart.valToPos(band.max + 0.5, scale, true));
    const bottom = Math.min(bbox.top + bbox.height, chart.valToPos(band.min - 0.5, scale, true));
    if (bottom <= top) {
      continue;
    }
    ctx.fillStyle = band.fill;
    ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
    if (bottom - top >= 14 * pxRatio) {
      ctx.fillStyle = BAND_TEXT;
      ctx.fillText(band.label, bbox.left + 4 * pxRatio, top + 2 * pxRatio);
    }
  }
  ctx.restore();
}

/**
 * The workspace's one chart (decision 0011): uPlot draws a picture of the readings on a canvas hidden
 * from assistive technology, and the same readings are a real table behind "Show as table", with a one-line
 * summary in words beside the picture. uPlot loads only when a chart is on screen (its own chunk), and it
 * sizes itself to its container, so the chart stays readable at 375 px.
 */
export function TimeSeriesChart<R extends ChartPoint>({
  id,
  caption,
  summary,
  series,
  scales,
  rows,
  x,
  bands = [],
  bandScale,
  tableCaption,
  extraColumns = [],
  leadColumns = [],
}: TimeSeriesChartProps<R>) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const tableId = `${useId()}-table`;

  useEffect(() => {
    const host = plotRef.current;
    // No layout (tests, a hidden tab): nothing to draw, and uPlot is not loaded at all.
    if (host === null || host.clientWidth === 0) {
      return undefined;
    }
    let chart: uPlot | null = null;
    let cancelled = false;
    const observer = new ResizeObserver(() => {
      chart?.setSize({ width: host.clientWidth, height: heightFor(host.clientWidth) });
    });
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) {
        return;
      }
      const data: uPlot.AlignedData = [
        rows.map((row) => x.of(row)),
        ...series.map((line) => rows.map((row) => row.values[line.id] ?? null)),
      ];
      const width = host.clientWidth;
      const options: uPlot.Options = {
        width,
        height: heightFor(width),
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: x.kind === 'time', range: xRange(data[0], x.kind) },
          ...Object.fromEntries(
            scales.map((scale) => [
              scale.id,
              scale.range === undefined
                ? { range: (_chart: uPlot, min: number | null, max: number | null) => paddedRange(min, max) }
                : { range: [scale.range[0], scale.range[1]] as uPlot.Range.MinMax },
            ]),
          ),
        },
        axes: [
          {
            label: x.label,
            stroke: AXIS_TEXT,
            grid: { stroke: GRID, width: 1 },
            ...(x.kind === 'number' && x.format !== undefined
              ? { values: (_chart: uPlot, splits: number[]) => splits.map((value) => x.format?.(value) ?? '') }
              : {}),
          },
          // uPlot's sides are a const enum (1 right, 3 left) that isolated modules cannot import.
          // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the enum's own values
          ...scales.map((scale, index) => ({
            scale: scale.id,
            label: scale.label,
            side: scale.side === 'left' ? 3 : 1,
            stroke: AXIS_TEXT,
            grid: { show: index === 0, stroke: GRID, width: 1 },
          })),
        ],
        series: [
          {},
          ...series.map((line) => ({
            label: line.label,
            scale: line.scale,
            stroke: line.color,
            width: 2,
            ...(line.dash === undefined ? {} : { dash: [...line.dash] }),
            spanGaps: true,
            points: {
              show: true,
              size: 8,
              width: 2,
              stroke: line.color,
              fill: line.hollow === true ? '#ffffff' : line.color,
            },
          })),
        ],
        hooks:
          bands.length === 0 || bandScale === undefined
            ? {}
            : {
                drawClear: [
                  (drawn: uPlot) => {
                    drawBands(drawn, bands, bandScale, UPlot.pxRatio);
                  },
                ],
              },
      };
      chart = new UPlot(options, data, host);
      observer.observe(host);
    });
    return () => {
      cancelled = true;
      observer.disconnect();
      chart?.destroy();
    };
  }, [rows, series, scales, bands, bandScale, x]);

  const columns: DataColumn<R>[] = [
    {
      id: 'when',
      header: t('timeSeries.col.when'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.atMs), { dateStyle: 'medium', timeStyle: 'short' }),
    },
    ...leadColumns,
    ...series.map((line) => ({
      id: line.id,
      header: `${line.label} (${line.unit})`,
      numeric: true,
      cell: (row: R) => {
        const value = row.values[line.id];
        return value === null || value === undefined ? t('timeSeries.notMeasured') : formatNumber(value);
      },
    })),
    ...extraColumns,
  ];

  return (
    <figure className="tsc">
      <figcaption className="tsc__caption">{caption}</figcaption>
      <p className="tsc__summary">{summary}</p>
      <ul className="tsc__legend" aria-hidden="true">
        {series.map((line) => (
          <li key={line.id}>
            <svg width="28" height="10" viewBox="0 0 28 10" focusable="false">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={line.color}
                strokeWidth="2"
                strokeDasharray={line.dash?.join(' ')}
              />
              <circle
                cx="14"
                cy="5"
                r="3.5"
                stroke={line.color}
                strokeWidth="2"
                fill={line.hollow === true ? '#fff' : line.color}
              />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
      <div className="tsc__plot" ref={plotRef} aria-hidden="true" data-testid={`${id}-plot`} />
      <button
        type="button"
        className="ws-link-button tsc__toggle"
        aria-expanded={tableOpen}
        aria-controls={tableId}
        onClick={() => {
          setTableOpen((open) => !open);
        }}
      >
        {tableOpen ? t('timeSeries.hideTable') : t('timeSeries.showTable')}
      </button>
      <div id={tableId} hidden={!tableOpen}>
        <DataTable caption={tableCaption} columns={columns} rows={[...rows].reverse()} rowKey={(row) => row.id} />
      </div>
    </figure>
  );
}
