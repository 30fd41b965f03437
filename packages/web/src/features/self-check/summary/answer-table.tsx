export interface AnswerRow {
  readonly key: string;
  readonly question: string;
  readonly answer: string;
  /** Points, where the instrument scores the answer. */
  readonly points?: number;
}

interface AnswerTableProps {
  readonly caption: string;
  readonly questionHeader: string;
  readonly answerHeader: string;
  readonly pointsHeader?: string;
  readonly rows: readonly AnswerRow[];
}

/** Questions and answers as a table: reads well aloud, and prints well. */
export function AnswerTable({ caption, questionHeader, answerHeader, pointsHeader, rows }: AnswerTableProps) {
  return (
    <div className="table-wrap">
      <table className="answers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{questionHeader}</th>
            <th scope="col">{answerHeader}</th>
            {pointsHeader === undefined ? null : <th scope="col">{pointsHeader}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.question}</th>
              <td>{row.answer}</td>
              {pointsHeader === undefined ? null : <td>{row.points ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
