/*
 * A `datetime-local` input holds the reader's local time without a zone; requests want an ISO time with
 * one. These convert both ways; anything that is not a local time passes unchanged, so the schema's own
 * message names the field. (The vitals, withdrawal and medication forms each grew a private copy; this
 * one is meant to replace them.)
 */

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
 * @param text - What was typed; a decimal comma is accepted.
 * @returns The number, or the text when it is not one (for the schema to name).
 * @example toNumber('0,5') // => 0.5
 */
export function toNumber(text: string): unknown {
  const normalized = text.trim().replace(',', '.');
  return normalized !== '' && Number.isFinite(Number(normalized)) ? Number(normalized) : text;
}
