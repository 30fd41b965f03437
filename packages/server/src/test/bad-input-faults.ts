import fc from 'fast-check';
import { tag, type Body, type Fault } from './bad-input-harness.js';

/*
 * Fault generators every write route shares (issue 10, Tests: wrong types, missing required fields,
 * unknown fields, oversized strings, bad dates). Fields are dotted paths, so a fault can reach into
 * a nested object (`kratom.lastDoseAt`). Route-specific faults (units, physiological ranges, a dose
 * in the wrong unit) stay in each route's test, written from the issue and the clinical reference.
 */

/** The marker {@link setPath} reads as "leave the field out". */
export const ABSENT = Symbol('absent');

/**
 * A copy of `body` with the field at `path` set (or removed, for {@link ABSENT}); missing parent
 * objects are created.
 *
 * @param body - The valid body.
 * @param path - Dotted path, e.g. `kratom.lastDoseAt`.
 * @param value - The new value, or {@link ABSENT}.
 * @returns The new body; `body` is left as it was.
 */
export function setPath(body: Body, path: string, value: unknown): Body {
  return setIn(body, path.split('.'), value) as Body;
}

/** {@link setPath} on any JSON value: an array step is an index (`products.0.unit`). */
function setIn(target: unknown, [head = '', ...rest]: readonly string[], value: unknown): unknown {
  if (Array.isArray(target) && /^\d+$/.test(head)) {
    const copy: unknown[] = [...(target as unknown[])];
    const index = Number(head);
    if (rest.length === 0 && value === ABSENT) {
      copy.splice(index, 1);
    } else {
      copy[index] = rest.length === 0 ? value : setIn(copy[index] ?? {}, rest, value);
    }
    return copy;
  }
  const object = typeof target === 'object' && target !== null && !Array.isArray(target) ? (target as Body) : {};
  if (rest.length === 0) {
    const { [head]: _dropped, ...others } = object;
    return value === ABSENT ? others : { ...others, [head]: value };
  }
  return { ...object, [head]: setIn(object[head], rest, value) };
}

/** Values that are not strings. */
export const NOT_A_STRING: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

/** Values that are not numbers (JSON has no NaN: those arrive as null). */
export const NOT_A_NUMBER: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** Times no write may take: malformed, impossible dates, a date without a time, or not a string. */
export const MALFORMED_TIME: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.constantFrom(
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T25:00:00Z',
    '01/02/2026 10:00',
    'yesterday',
    '',
  ),
);

/** Times more than the allowed skew (5 minutes) in the future: clinical times cannot be. */
export const FUTURE_TIME: fc.Arbitrary<string> = fc
  .integer({ min: 6, max: 60 * 24 * 365 * 50 })
  .map((minutes) => new Date(Date.now() + minutes * 60_000).toISOString());

/** An ISO time up to a year ago: valid for every clinical time. */
export const PAST_TIME: fc.Arbitrary<string> = fc
  .integer({ min: 1, max: 60 * 24 * 365 })
  .map((minutes) => new Date(Date.now() - minutes * 60_000).toISOString());

/**
 * A required field left out.
 *
 * @param fields - The required fields (dotted paths).
 * @returns The fault.
 */
export function missingField(fields: readonly string[]): Fault {
  return (body) =>
    fc.constantFrom(...fields).map((field) => tag('missing required field', field)(setPath(body, field, ABSENT)));
}

/**
 * A field given a value of the wrong JSON type.
 *
 * @param fields - Field paths and the type each must have (`nullable-string`: a string or null).
 * @returns The fault.
 */
export function wrongType(
  fields: Readonly<Record<string, 'string' | 'nullable-string' | 'number' | 'object' | 'array' | 'boolean'>>,
): Fault {
  const others: Record<string, fc.Arbitrary<unknown>> = {
    string: NOT_A_STRING,
    'nullable-string': NOT_A_STRING.filter((value) => value !== null),
    number: NOT_A_NUMBER,
    object: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.array(fc.integer(), { maxLength: 2 })),
    array: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.object({ maxDepth: 0 })),
    boolean: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)),
  };
  const entries = Object.entries(fields);
  return (body) =>
    fc
      .constantFrom(...entries)
      .chain(([field, type]) =>
        (others[type] ?? NOT_A_STRING).map((value) => tag('wrong type', field)(setPath(body, field, value))),
      );
}

/**
 * A field the record does not have, at the top level or inside one of its objects.
 *
 * @param known - The fields the object has.
 * @param parent - The object's path (`kratom`); the top level when absent.
 * @returns The fault.
 */
export function unknownField(known: readonly string[], parent?: string): Fault {
  return (body) =>
    fc
      .string({ minLength: 1, maxLength: 20 })
      // `__proto__` in a JSON text is an own key to the server but not to the object built here.
      .filter((key) => !known.includes(key) && key !== '__proto__' && !key.includes('.'))
      .map((key) => {
        const field = parent === undefined ? key : `${parent}.${key}`;
        return tag('unknown field', field)(setPath(body, field, 1));
      });
}

/**
 * A text field longer than its limit (up to four times over, and a 100 kB one).
 *
 * @param limits - Field paths and the most characters each takes.
 * @returns The fault.
 */
export function oversizedString(limits: Readonly<Record<string, number>>): Fault {
  const entries = Object.entries(limits);
  return (body) =>
    fc
      .constantFrom(...entries)
      .chain(([field, max]) =>
        fc
          .oneof(fc.integer({ min: max + 1, max: max * 4 + 1 }), fc.constant(100_000))
          .map((length) => tag('oversized string', field)(setPath(body, field, 'x'.repeat(length)))),
      );
}

/**
 * A time field missing (when required), malformed, or in the future.
 *
 * @param fields - Time field paths; `required` ones are also left out.
 * @param options - Which fields are required, and whether future times are refused (clinical times are; a review date is not).
 * @returns The fault.
 */
export function badTime(
  fields: readonly string[],
  options: { readonly required?: readonly string[]; readonly future?: boolean } = {},
): Fault {
  const required = options.required ?? [];
  return (body) =>
    fc
      .constantFrom(...fields)
      .chain((field) =>
        fc
          .oneof(
            MALFORMED_TIME,
            ...(options.future === false ? [] : [FUTURE_TIME]),
            ...(required.includes(field) ? [fc.constant(ABSENT)] : []),
          )
          .map((value) => tag('bad date', field)(setPath(body, field, value))),
      );
}

/**
 * A string field given a value outside its closed list.
 *
 * @param fields - Field paths and their allowed values.
 * @returns The fault.
 */
export function notInList(fields: Readonly<Record<string, readonly string[]>>): Fault {
  const entries = Object.entries(fields);
  return (body) =>
    fc.constantFrom(...entries).chain(([field, allowed]) =>
      fc
        .oneof(fc.string({ maxLength: 24 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'UNKNOWN', ' '))
        .filter((value) => !allowed.includes(value))
        .map((value) => tag('not in the list', field)(setPath(body, field, value))),
    );
}
