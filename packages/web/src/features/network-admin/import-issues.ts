import type { ApiIssue } from '../../api/api-error';

/** One problem of one imported row, as the import's error table shows it. */
export interface ImportRowProblem {
  /** The row as a person counts it: the first facility of the file is row 1. */
  readonly row: number;
  /** The field the server named, or '' when the problem is the whole row. */
  readonly field: string;
  readonly message: string;
}

/** The import's problems: those of single rows, and those of the file as a whole (not JSON, no rows…). */
export interface ImportProblems {
  readonly rows: readonly ImportRowProblem[];
  readonly file: readonly string[];
}

/**
 * Sorts the issues of a refused import into row problems and file problems. The import route names a
 * row's problem with the path `['rows', index, field, …]` (index from 0), so the table can say which
 * facility to fix; deeper paths (a programme inside the row) keep their remaining parts, dotted.
 *
 * @param issues - The 400 answer's issues.
 * @returns Row problems in row order, and the rest.
 * @example importProblems([{ path: ['rows', 2, 'zip'], message: 'Unknown ZIP code' }]) // rows: [{ row: 3, field: 'zip', … }]
 */
export function importProblems(issues: readonly ApiIssue[]): ImportProblems {
  const rows: ImportRowProblem[] = [];
  const file: string[] = [];
  for (const { path, message } of issues) {
    const [head, index, ...rest] = path;
    if (head === 'rows' && typeof index === 'number') {
      rows.push({ row: index + 1, field: rest.join('.'), message });
    } else {
      file.push(message);
    }
  }
  rows.sort((a, b) => a.row - b.row);
  return { rows, file };
}
