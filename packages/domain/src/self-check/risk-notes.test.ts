import { describe, expect, it } from 'vitest';
import { collectRiskNotes } from './risk-notes.js';

const NONE = { isHighPotency: false, depressantCoUse: [], isDailyUse: false } as const;

describe('collectRiskNotes', () => {
  it('gives no notes when no answer calls for one', () => {
    expect(collectRiskNotes(NONE)).toEqual([]);
  });

  it('warns about high potency and prompts to tell the clinician for 7-OH or concentrates', () => {
    expect(collectRiskNotes({ ...NONE, isHighPotency: true })).toEqual([
      {
        id: 'high-potency',
        titleKey: 'selfCheck.risk.highPotency.title',
        bodyKey: 'selfCheck.risk.highPotency.body',
        sourceKey: 'selfCheck.source.highPotency',
      },
    ]);
  });

  it.each(['alcohol', 'benzodiazepines-or-sedatives', 'opioids'] as const)(
    'adds the breathing-risk note for use with %s',
    (substance) => {
      expect(collectRiskNotes({ ...NONE, depressantCoUse: [substance] }).map((note) => note.id)).toEqual([
        'depressant-co-use',
      ]);
    },
  );

  it('adds the liver warning signs for daily use', () => {
    const [note] = collectRiskNotes({ ...NONE, isDailyUse: true });
    expect(note?.id).toBe('liver-warning-signs');
    expect(note?.sourceKey).toBe('selfCheck.source.liver');
  });

  it('orders notes: high potency, then depressants, then liver', () => {
    const notes = collectRiskNotes({ isHighPotency: true, depressantCoUse: ['alcohol'], isDailyUse: true });
    expect(notes.map((note) => note.id)).toEqual(['high-potency', 'depressant-co-use', 'liver-warning-signs']);
  });
});
