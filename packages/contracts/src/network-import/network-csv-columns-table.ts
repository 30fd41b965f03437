import { NETWORK_CSV_COLUMNS } from './network-csv-columns.js';

const KIND_TEXT = {
  text: 'text',
  optional: 'text, may be empty',
  list: 'list, `;` between values',
  'yes-no': 'yes / no',
  number: 'number',
} as const;

/**
 * The column table of docs/network-import-format.md, rendered from the column declarations (a test
 * compares the page with it).
 *
 * @returns Markdown.
 */
export function renderNetworkCsvColumnTable(): string {
  return [
    '| Column | Part | Required | Kind | Meaning |',
    '| --- | --- | --- | --- | --- |',
    ...NETWORK_CSV_COLUMNS.map(
      (column) =>
        `| \`${column.column}\` | ${column.part} | ${column.required ? 'yes' : 'no'} | ${KIND_TEXT[column.kind]} | ${column.description} |`,
    ),
    '',
  ].join('\n');
}
