import { describe, expect, it } from 'vitest';
import { COWS_DEFINITION } from './cows/cows.items.js';
import { INSTRUMENT_MESSAGES_EN } from './instrument-messages-en.js';
import { localizeInstrument } from './localize-instrument.js';
import { PHQ9_DEFINITION } from './phq9/phq9.items.js';
import { SOWS_KRATOM_DEFINITION } from './sows/sows.items.js';

const english = (key: string): string => INSTRUMENT_MESSAGES_EN[key] ?? key;

describe('localizeInstrument', () => {
  it('turns every key of the PHQ-9 into English and keeps the codes and licence facts', () => {
    const phq9 = localizeInstrument(PHQ9_DEFINITION, english);
    expect(phq9).toMatchObject({
      id: 'phq9',
      version: '2001.1',
      title: 'Patient Health Questionnaire (PHQ-9)',
      license: 'free',
      displayWordingAllowed: true,
      loinc: { panel: '44249-1', total: '44261-6' },
      minTotal: 0,
      maxTotal: 27,
    });
    expect(phq9.citation).toBe(PHQ9_DEFINITION.citation);
    expect(phq9.items[0]).toEqual({
      id: 'interest',
      label: 'Little interest or pleasure in doing things',
      loinc: '44250-9',
      options: [
        { value: 0, label: 'Not at all' },
        { value: 1, label: 'Several days' },
        { value: 2, label: 'More than half the days' },
        { value: 3, label: 'Nearly every day' },
      ],
    });
    expect(phq9.bands.map((band) => [band.id, band.label, band.min, band.max])).toContainEqual([
      'moderately-severe',
      'Moderately severe depression symptoms',
      15,
      19,
    ]);
  });

  it('keeps COWS item-specific options, the DOI and no LOINC fields', () => {
    const cows = localizeInstrument(COWS_DEFINITION, english);
    expect(cows.doi).toBe('10.1080/02791072.2003.10400007');
    expect(cows).not.toHaveProperty('loinc');
    expect(cows.items.find((item) => item.id === 'restlessness')?.options.map((option) => option.value)).toEqual([
      0, 1, 3, 5,
    ]);
    expect(cows.items[0]).not.toHaveProperty('loinc');
    expect(cows.items[0]?.measurement).toEqual({ unit: 'bpm', min: 20, max: 250 });
    expect(cows.items[1]).not.toHaveProperty('measurement');
    expect(cows.bands[0]).toEqual({ id: 'below-mild', label: 'No or minimal withdrawal', min: 0, max: 4 });
  });

  it('returns no bands for SOWS', () => {
    expect(localizeInstrument(SOWS_KRATOM_DEFINITION, english).bands).toEqual([]);
  });

  it('asks the translator for every key, so another language can replace all of the text', () => {
    const asked: string[] = [];
    const spanish = localizeInstrument(SOWS_KRATOM_DEFINITION, (key) => {
      asked.push(key);
      return `es:${key}`;
    });
    expect(spanish.title).toBe('es:instrument.sows-kratom-adapted.title');
    expect(spanish.items[15]?.label).toBe('es:instrument.sows-kratom-adapted.item.urgeToUseKratom.label');
    expect(asked).toHaveLength(2 + 16 + 16 * 5);
  });
});
