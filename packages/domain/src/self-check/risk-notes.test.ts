import { describe, expect, it } from 'vitest';
import { collectRiskNotes } from './risk-notes.js';

const NONE = { isHighPotency: false, depressantCoUse: [], isDailyUse: false, usesKavaTonic: false } as const;

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
        sourceIds: ['uic-dig-2023', 'fda-7oh-2025'],
      },
    ]);
  });

  it.each(['alcohol', 'benzodiazepines-or-sedatives', 'opioids', 'prescribed-opioids'] as const)(
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
    expect(note?.bodyKey).toBe('selfCheck.risk.liver.body');
    expect(note?.sourceIds).toEqual(['livertox-kratom', 'schimmel-dart-2020']);
  });

  // C.4.7: kava has its own liver risk, so a tonic gets the note at any frequency.
  it.each([false, true])('adds the kava liver note for a kava-kratom tonic (daily use: %s)', (isDailyUse) => {
    const notes = collectRiskNotes({ ...NONE, isDailyUse, usesKavaTonic: true });
    expect(notes.map((note) => [note.id, note.bodyKey])).toEqual([
      ['liver-warning-signs', 'selfCheck.risk.liver.bodyKava'],
    ]);
    expect(notes[0]?.sourceIds).toContain('livertox-kava');
  });

  it('orders notes: high potency, then depressants, then liver', () => {
    const notes = collectRiskNotes({ ...NONE, isHighPotency: true, depressantCoUse: ['alcohol'], isDailyUse: true });
    expect(notes.map((note) => note.id)).toEqual(['high-potency', 'depressant-co-use', 'liver-warning-signs']);
  });
});
