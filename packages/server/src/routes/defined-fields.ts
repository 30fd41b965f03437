/**
 * Drops keys whose value is undefined, so a parsed optional field can go where the store's types
 * say "absent or a value" (exactOptionalPropertyTypes).
 *
 * @param value - A parsed body.
 * @returns The same fields without the undefined ones.
 */
export function definedFields<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
