import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/**
 * The LIKE pattern "contains `text`", lower-cased, with the LIKE wildcards in `text` escaped so a
 * search for `50%` finds "50%" and not everything starting with 50.
 *
 * @param text - What the person typed.
 * @returns The pattern, for use with `ESCAPE '\'`.
 */
function containsPattern(text: string): string {
  return `%${escapeLike(text.toLowerCase())}%`;
}

/** `text` with the LIKE wildcards and the escape character escaped, for `ESCAPE '\'`. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * "`column` starts with `text`", as `column LIKE 'text%' ESCAPE '\'` on the bare column, which
 * both databases answer from an index (migration 0006: `text_pattern_ops` on PostgreSQL, NOCASE on
 * SQLite, whose LIKE ignores ASCII case). The column must hold lower-case text (emails do) and
 * `text` is lower-cased here, so the match is case-insensitive on both.
 *
 * @param column - A column reference from the caller's code (never from the request).
 * @param text - What the person typed.
 * @returns The condition.
 */
export function lowerCaseColumnStartsWith(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`${escapeLike(text.toLowerCase())}%`} escape '\\'`;
}

/**
 * "A word of `column` starts with `text`", case-insensitive: the text starts the column or
 * follows a space or a hyphen ("riv" finds "Dr River", "jane" finds "Mary-Jane"). Not indexed:
 * callers use it on rows already narrowed by an index.
 *
 * @param eb - An expression builder with the column in scope.
 * @param column - A column reference from the caller's code (never from the request).
 * @param text - What the person typed.
 * @returns The condition.
 */
export function aWordStartsWith<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  text: string,
): Expression<SqlBool> {
  const escaped = escapeLike(text.toLowerCase());
  return eb.or(
    [`${escaped}%`, `% ${escaped}%`, `%-${escaped}%`].map(
      (pattern) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
    ),
  );
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
