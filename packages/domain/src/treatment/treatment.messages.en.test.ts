import { describe, expect, it } from 'vitest';
import { HOLD_VITALS } from './alpha2-hold-check.js';
import { TREATMENT_MESSAGES_EN, type TreatmentMessageKey } from './treatment.messages.en.js';

describe('TREATMENT_MESSAGES_EN', () => {
  it('has a non-empty text for every key', () => {
    for (const [key, text] of Object.entries(TREATMENT_MESSAGES_EN)) {
      expect(text, key).toMatch(/\S/);
    }
  });

  it('has the hold-reading keys the hold item builds at run time', () => {
    for (const vital of HOLD_VITALS) {
      for (const state of ['low', 'missing', 'stale', 'stale-low']) {
        const key = `treatment.hold.${vital}.${state}` as TreatmentMessageKey;
        expect(TREATMENT_MESSAGES_EN[key], key).toMatch(/\S/);
      }
    }
  });

  it('never tells a patient what to take: every text is for the clinician panel', () => {
    for (const text of Object.values(TREATMENT_MESSAGES_EN)) {
      expect(text).not.toMatch(/\byou should take\b|\btake \d/i);
    }
  });
});
