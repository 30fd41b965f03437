import { describe, expect, it } from 'vitest';
import { localToIso, toLocalInput, toNumber, withIsoTimes } from './local-time';

describe('local times and typed numbers', () => {
  it('reads a local date-time as the ISO time it means, and round-trips it', () => {
    const iso = localToIso('2027-01-31T08:30');
    expect(typeof iso).toBe('string');
    expect(toLocalInput(iso as string)).toBe('2027-01-31T08:30');
  });

  it('passes text that is not a time or a number on unchanged, for the schema to name', () => {
    expect(localToIso('yesterday')).toBe('yesterday');
    expect(toNumber('four')).toBe('four');
    expect(toNumber('')).toBe('');
  });

  it('accepts a decimal comma, and leaves a default that is already a number as it is', () => {
    expect(toNumber(' 0,72 ')).toBe(0.72);
    expect(toNumber(0.1)).toBe(0.1);
  });

  it('converts only the named time fields', () => {
    const out = withIsoTimes({ givenAt: 'bad', dose: 1 }, ['givenAt']) as Record<string, unknown>;
    expect(out).toEqual({ givenAt: 'bad', dose: 1 });
    expect(withIsoTimes(null, ['givenAt'])).toBeNull();
  });
});
