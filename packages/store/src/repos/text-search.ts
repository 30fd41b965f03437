import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/**
 * The LIKE pattern "contains `text`", lower-cased, with the LIKE wildcards in `text` escaped so a
 * search for `50%` finds "50%" and not everything starting with 50.
 *
 * @param text - What the person typed.
 * @returns The pattern, for use with `ESCAPE '\'`.
 */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * A case-insensitive "contains" search over some text columns: true when any of them contains
 * `text`. The same SQL on SQLite and PostgreSQL (`lower(col) LIKE ? ESCAPE '\'`); the text is a
 * bound parameter.
 *
 * @param eb - An expression builder with the columns in scope.
 * @param columns - Column references, from the caller's code (never from the request).
 * @param text - The search text; callers skip the condition for empty text.
 * @returns The condition.
 */
export function anyColumnContains<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: readonly string[],
  text: string,
): Expression<SqlBool> {
  const pattern = containsPattern(text);
  return eb.or(columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`));
}
