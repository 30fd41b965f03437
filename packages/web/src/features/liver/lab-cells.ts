import type { TLab } from '@kratom-care/contracts';
import type { useI18n } from '../../i18n/use-t';

/*
 * How one lab result reads in a table cell; the labs tab and the hand-off summary show results the
 * same way.
 */

type LabValues = Pick<TLab, 'value' | 'unit' | 'canonicalUpperLimit' | 'canonicalUnit' | 'upperLimitDefaulted'>;
type Formatters = Pick<ReturnType<typeof useI18n>, 't' | 'formatNumber'>;

/**
 * @param row - A lab result.
 * @param i18n - The reader's `t` and `formatNumber`.
 * @returns The value as entered with its unit, or the qualitative result in words.
 */
export function labResultText(row: LabValues, { t, formatNumber }: Formatters): string {
  return typeof row.value === 'number'
    ? `${formatNumber(row.value)}${row.unit === null || row.unit === '' ? '' : ` ${row.unit}`}`
    : t(`labs.result.${row.value}`);
}

/**
 * @param row - A lab result.
 * @param i18n - The reader's `t` and `formatNumber`.
 * @returns The upper limit used, marked when it was a default rather than the lab's own; empty when none.
 */
export function labUpperLimitText(row: LabValues, { t, formatNumber }: Formatters): string {
  if (row.canonicalUpperLimit === null) {
    return '';
  }
  const limit = `${formatNumber(row.canonicalUpperLimit)} ${row.canonicalUnit ?? ''}`;
  return row.upperLimitDefaulted ? t('labs.defaulted', { value: limit }) : limit;
}
