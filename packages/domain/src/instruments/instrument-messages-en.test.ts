import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from './instrument-definition.js';
import { INSTRUMENT_MESSAGES_EN } from './instrument-messages-en.js';
import { INSTRUMENT_IDS, INSTRUMENTS } from './instrument-registry.js';

function referencedKeys(definition: InstrumentDefinition): string[] {
  return [
    definition.titleKey,
    definition.timeframeKey,
    ...definition.items.flatMap((item) => [item.labelKey, ...item.options.map((option) => option.labelKey)]),
    ...definition.bands.map((band) => band.labelKey),
  ];
}

const definitions = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id].definition);
const allReferenced = new Set(definitions.flatMap(referencedKeys));

describe('INSTRUMENT_MESSAGES_EN', () => {
  it.each(definitions.flatMap((definition) => [...new Set(referencedKeys(definition))]))(
    'has non-empty text for %s',
    (key) => {
      expect(INSTRUMENT_MESSAGES_EN[key]?.trim()).toBeTruthy();
    },
  );

  it('has no text that no definition uses, so the catalogue cannot drift from the data', () => {
    expect(Object.keys(INSTRUMENT_MESSAGES_EN).filter((key) => !allReferenced.has(key))).toEqual([]);
  });

  it('has no text with stray whitespace or placeholder markers', () => {
    for (const text of Object.values(INSTRUMENT_MESSAGES_EN)) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/TODO|TBD|\{\{|lorem/i);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(INSTRUMENT_MESSAGES_EN)).toBe(true);
  });
});
