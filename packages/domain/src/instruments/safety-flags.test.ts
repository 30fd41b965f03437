import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './instrument-registry.js';
import { readSafetyFlags } from './safety-flags.js';

describe('readSafetyFlags (Appendix C.4.4)', () => {
  it.each([
    { case: 'item 9 alone', answers: { selfHarmThoughts: 1 } },
    { case: 'item 9 with a text answer elsewhere', answers: { selfHarmThoughts: 3, interest: 'often' } },
    { case: 'item 9 with unknown keys', answers: { selfHarmThoughts: 2, mood: 9, __proto__x: 1 } },
    { case: 'item 9 out of range', answers: { selfHarmThoughts: 7 } },
  ])('finds the PHQ-9 item-9 flag in $case', ({ answers }) => {
    expect(readSafetyFlags(INSTRUMENTS.phq9, answers)).toEqual(['suicidal-ideation']);
  });

  it.each([null, undefined, 'selfHarmThoughts', 3, [3], { selfHarmThoughts: 0 }, { selfHarmThoughts: '2' }])(
    'finds nothing in %j',
    (answers) => {
      expect(readSafetyFlags(INSTRUMENTS.phq9, answers)).toEqual([]);
    },
  );

  it('finds nothing for an instrument without flag rules', () => {
    expect(readSafetyFlags(INSTRUMENTS.gad7, { nervous: 3 })).toEqual([]);
  });
});
