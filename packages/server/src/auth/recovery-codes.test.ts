import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, RECOVERY_CODE_ALPHABET } from './recovery-codes';

const LOOK_ALIKES = ['0', 'O', 'o', '1', 'l', 'I', 'i'];

describe('recovery codes', () => {
  it('uses no look-alike characters: 0/O/o and 1/l/I/i are never in the alphabet', () => {
    for (const character of LOOK_ALIKES) {
      expect(RECOVERY_CODE_ALPHABET).not.toContain(character);
    }
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(RECOVERY_CODE_ALPHABET.length);
  });

  it('issues ten distinct codes of two groups of five from the alphabet', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    }
  });

  it('can produce every character of the alphabet and nothing else', () => {
    let next = 0;
    const codes = generateRecoveryCodes(4, (bound) => next++ % bound);
    // ASCII only, so splitting by code unit is exact.
    const sorted = (text: string): string => text.split('').sort().join('');
    const used = new Set(codes.join('').replaceAll('-', '').split(''));
    expect(sorted([...used].join(''))).toBe(sorted(RECOVERY_CODE_ALPHABET));
  });

  it('never repeats a code within one enrolment, even when the source of randomness does', () => {
    let calls = 0;
    // The first two codes come out the same; the generator must draw again.
    const codes = generateRecoveryCodes(2, (bound) => (calls++ < 20 ? 0 : calls % bound));
    expect(new Set(codes).size).toBe(2);
  });
});
