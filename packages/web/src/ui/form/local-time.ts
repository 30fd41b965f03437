/*
 * A `datetime-local` input holds the reader's local time without a zone; requests want an ISO time with
 * one. These convert both ways and read typed numbers; anything that is not a local time or a number
 * passes unchanged, so the schema's own message names the field. Every workspace form uses these.
 */

/**
 * @param now - The moment to show; the current time unless a test gives one.
 * @returns It as a `datetime-local` value in the reader's time zone, to the minute.
 */
export function localNow(now: Date = new Date()): string {
  return toLocalInput(now.toISOString());
}

/**
 * @param iso - An ISO time.
 * @returns It as a `datetime-local` value in the reader's time zone, to the minute.
 * @example toLocalInput('2027-01-31T08:30:00Z') // => '2027-01-31T08:30' in UTC
 */
export function toLocalInput(iso: string): string {
  const time = new Date(iso);
  return new Date(time.getTime() - time.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * @param value - A `datetime-local` value (local time without a zone), or anything else.
 * @returns The ISO time it means, or the value unchanged when it is not one.
 * @example localToIso('2027-01-31T08:30') // => '2027-01-31T08:30:00.000Z' in UTC
 */
export function localToIso(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) {
    return value;
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

/**
 * @param text - What was typed; a decimal comma is accepted. A form's default may already be a number
 *   (react-hook-form passes defaults through too): it stays as it is.
 * @returns The number, or the text when it is not one (for the schema to name).
 * @example toNumber('0,72') // => 0.72
 */
export function toNumber(text: unknown): unknown {
  if (typeof text !== 'string') {
    return text;
  }
  const normalized = text.trim().replace(',', '.');
  return normalized !== '' && Number.isFinite(Number(normalized)) ? Number(normalized) : text;
}

/**
 * Wraps an object schema's input so its named time fields are read as local times first.
 *
 * @param input - The form's values.
 * @param timeFields - The fields holding `datetime-local` text.
 * @returns The values with those fields as ISO times.
 */
export function withIsoTimes(input: unknown, timeFields: readonly string[]): unknown {
  if (typeof input !== 'object' || input === null) {
    return input;
  }
  const values = { ...(input as Record<string, unknown>) };
  for (const field of timeFields) {
    values[field] = localToIso(values[field]);
  }
  return values;
}
