/**
 * Reads a stored JSON text array once, keeping only the strings a vocabulary allows (or every string when
 * no vocabulary is given), so an old row with a retired value cannot break a read.
 *
 * @param text - JSON text written by {@link listToJson}.
 * @param allowed - The vocabulary; omitted for free text (insurer names, SAMHSA codes, language codes).
 * @returns The values, in stored order.
 */
export function listFromJson<T extends string>(text: string, allowed?: readonly T[]): T[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) {
    return [];
  }
  return parsed.filter(
    (value): value is T => typeof value === 'string' && (allowed === undefined || allowed.includes(value as T)),
  );
}

/**
 * @param values - A list of strings.
 * @returns Its JSON text, each value once, in the given order.
 */
export function listToJson(values: readonly string[]): string {
  return JSON.stringify([...new Set(values)]);
}
