import { describe, expect, it } from 'vitest';
import { instrumentKeys } from './instrument-keys.js';
import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  canonicalInstrumentId,
  getInstrument,
  isInstrumentId,
} from './instrument-registry.js';

const definitions = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id].definition);

describe('instrument registry', () => {
  it('holds the five instruments of issue 2, with SOWS as two variants since issue 9', () => {
    expect(INSTRUMENT_IDS).toEqual(['cows', 'sows-kratom-adapted', 'sows-handelsman-1987', 'phq9', 'gad7', 'dsm5-kud']);
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_IDS].sort());
  });

  it.each(INSTRUMENT_IDS)('finds %s by id, with a definition of the same id', (id) => {
    expect(getInstrument(id)?.definition.id).toBe(id);
    expect(isInstrumentId(id)).toBe(true);
  });

  it.each(['', 'COWS', 'phq-9', 'kds', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'finds nothing for %j',
    (id) => {
      expect(getInstrument(id)).toBeUndefined();
      expect(isInstrumentId(id)).toBe(false);
      expect(canonicalInstrumentId(id)).toBeUndefined();
    },
  );

  it('reads the legacy id `sows` of stored records as the kratom-adapted SOWS, without making it current', () => {
    expect(canonicalInstrumentId('sows')).toBe('sows-kratom-adapted');
    expect(getInstrument('sows')).toBe(INSTRUMENTS['sows-kratom-adapted']);
    expect(getInstrument('sows')?.definition.version).toBe('1987-kratom-adapted.1');
    expect(isInstrumentId('sows')).toBe(false);
  });

  it.each(INSTRUMENT_IDS)('scores %s through the registry', (id) => {
    expect(INSTRUMENTS[id].score({})).toMatchObject({ status: 'incomplete', instrument: id });
  });
});

describe.each(definitions)('definition $id', (definition) => {
  it('is frozen all the way down, so no caller can change how answers are scored', () => {
    expect(Object.isFrozen(definition)).toBe(true);
    expect(Object.isFrozen(definition.items)).toBe(true);
    expect(definition.items.every((item) => Object.isFrozen(item) && Object.isFrozen(item.options))).toBe(true);
    expect(definition.bands.every((band) => Object.isFrozen(band))).toBe(true);
  });

  it('has unique item ids', () => {
    const ids = definition.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists each item’s options as unique whole numbers in ascending order', () => {
    for (const item of definition.items) {
      const values = item.options.map((option) => option.value);
      expect(values.every((value) => Number.isInteger(value))).toBe(true);
      expect(values).toEqual([...new Set(values)].sort((a, b) => a - b));
    }
  });

  it('declares minTotal and maxTotal equal to the sums of the lowest and highest options', () => {
    const lowest = definition.items.reduce((sum, item) => sum + Math.min(...item.options.map((o) => o.value)), 0);
    const highest = definition.items.reduce((sum, item) => sum + Math.max(...item.options.map((o) => o.value)), 0);
    expect([definition.minTotal, definition.maxTotal]).toEqual([lowest, highest]);
  });

  it('has bands that are either absent or cover minTotal to maxTotal with no gap or overlap', () => {
    if (definition.bands.length === 0) {
      return;
    }
    expect(definition.bands[0]?.min).toBe(definition.minTotal);
    expect(definition.bands.at(-1)?.max).toBe(definition.maxTotal);
    definition.bands.forEach((band, index) => {
      expect(band.min).toBeLessThanOrEqual(band.max);
      const next = definition.bands[index + 1];
      if (next !== undefined) {
        expect(next.min).toBe(band.max + 1);
      }
    });
  });

  it('uses the shared message-key scheme for its title, timeframe, items and bands', () => {
    expect(definition.titleKey).toBe(instrumentKeys.title(definition.id));
    expect(definition.timeframeKey).toBe(instrumentKeys.timeframe(definition.id));
    for (const item of definition.items) {
      expect(item.labelKey).toBe(instrumentKeys.item(definition.id, item.id));
    }
    for (const band of definition.bands) {
      expect(band.labelKey).toBe(instrumentKeys.band(definition.id, band.id));
    }
  });

  it('shows its own wording only when the licence is free, and always carries a citation', () => {
    expect(definition.citation.length).toBeGreaterThan(20);
    if (definition.displayWordingAllowed) {
      expect(definition.license).toBe('free');
    }
  });
});
