import { describe, expect, it } from 'vitest';
import { MILD_PATH } from '../../../test/fixtures';
import { INITIAL_STATE } from './self-check-state';
import { planStoredCopy } from './stored-copy';

const serialize = (): string => 'text';

describe('where the copy of the answers is kept', () => {
  it('keeps answers in this tab (sessionStorage) by default, and none on the device', () => {
    expect(planStoredCopy({ ...MILD_PATH, remember: false }, serialize)).toEqual({
      write: { area: 'sessionStorage', text: 'text' },
      remove: ['localStorage'],
    });
  });

  it('keeps them on this device (localStorage) only after the opt-in, and drops the tab copy', () => {
    expect(planStoredCopy({ ...MILD_PATH, remember: true }, serialize)).toEqual({
      write: { area: 'localStorage', text: 'text' },
      remove: ['sessionStorage'],
    });
  });

  it('remembers the opt-in itself before the first answer', () => {
    expect(planStoredCopy({ ...INITIAL_STATE, remember: true }, serialize).write?.area).toBe('localStorage');
  });

  it('keeps nothing anywhere when there is no answer (a fresh start, or after "Clear my answers")', () => {
    expect(planStoredCopy(INITIAL_STATE, serialize)).toEqual({
      write: null,
      remove: ['localStorage', 'sessionStorage'],
    });
  });

  it('counts a single answer of any kind', () => {
    const oneFlag = { ...INITIAL_STATE, redFlags: { seizure: false } };
    expect(planStoredCopy(oneFlag, serialize).write?.area).toBe('sessionStorage');
    const skipped = { ...INITIAL_STATE, skipped: { phq9: true, gad7: false } };
    expect(planStoredCopy(skipped, serialize).write?.area).toBe('sessionStorage');
  });
});
