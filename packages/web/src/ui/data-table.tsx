import type { ReactNode } from 'react';
import './data-table.css';

/** One column: its header, how a row fills its cell, and whether it holds numbers (aligned right). */
export interface DataColumn<T> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: T) => ReactNode;
  readonly numeric?: boolean;
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
              <th key={column.id} scope="col" className={column.numeric === true ? 'dt__cell--end' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td
                  key={column.id}
                  data-label={column.header}
                  className={column.numeric === true ? 'dt__cell--end' : undefined}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
