/** Small readers for untrusted JSON (what comes back from localStorage). Each returns undefined when unsure. */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function readString(value: unknown, maxLength: number, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string' || value.length > maxLength) {
    return undefined;
  }
  return pattern === undefined || value === '' || pattern.test(value) ? value : undefined;
}

export function readOneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Keeps the allowed, distinct strings of an array, in the stored order. */
export function readSubset<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const kept: T[] = [];
  for (const entry of value) {
    const item = readOneOf(entry, allowed);
    if (item !== undefined && !kept.includes(item)) {
      kept.push(item);
    }
  }
  return kept;
}

/** Own enumerable entries only: a stored `__proto__` key never reaches the answers. */
export function ownEntries(record: JsonRecord): [string, unknown][] {
  return Object.keys(record).map((key) => [key, record[key]]);
}
