import type { ReactNode } from 'react';
import './data-table.css';

/** One column: its header, how a row fills its cell, and whether it holds numbers (aligned right). */
export interface DataColumn<T> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly numeric?: boolean;
  /** Kept on one line at desktop width (a time, a measurement with its unit). */
  readonly nowrap?: boolean;
}

function cellClass(column: { readonly numeric?: boolean; readonly nowrap?: boolean }): string | undefined {
  const classes = [column.numeric === true ? 'dt__cell--end' : '', column.nowrap === true ? 'dt__cell--nowrap' : '']
    .filter((name) => name !== '')
    .join(' ');
  return classes === '' ? undefined : classes;
}

interface DataTableProps<T> {
  /** The table's accessible name (shown above it unless `captionHidden`). */
  readonly caption: string;
  readonly captionHidden?: boolean;
  readonly columns: readonly DataColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
}

/**
 * The workspace's table: a real `<table>` (headers, caption) at desktop; below 40rem every row becomes a
 * card whose cells carry their column's name (`data-label`), so nothing scrolls sideways at 375 px.
 * Chosen over a table library (docs/decisions/0010-workspace-ui.md): our lists are paged on the server,
 * so the table only renders; sorting and filtering are query parameters.
 */
export function DataTable<T>({ caption, captionHidden = false, columns, rows, rowKey }: DataTableProps<T>) {
  return (
    <div className="dt">
      <table className="dt__table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={cellClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.id} data-label={column.header} className={cellClass(column)}>
                  {/* One element, so the stacked card's grid has exactly a label and a value. */}
                  <div className="dt__value">{column.cell(row)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
