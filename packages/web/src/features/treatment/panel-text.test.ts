import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { TREATMENT_EN } from '../../i18n/en/treatment';
import { inputLabel, panelValue, panelVars } from './panel-text';

const t = createTranslator(TREATMENT_EN, TREATMENT_EN, 'en-US');
const formatTime = (date: Date): string => date.toISOString();

describe('decision-support values as shown', () => {
  it('never leaves a missing input blank: null reads "not recorded"', () => {
    expect(panelValue('hoursSinceLastKratom', null, t, formatTime)).toBe('not recorded');
  });

  it('writes times (…Ms) as dates, medicines by name, flags as yes/no, and numbers as numbers', () => {
    expect(
      panelVars({ nextAllowedAtMs: 0, drug: 'lofexidine', flag: true, cows: 8, other: 'x' }, t, formatTime),
    ).toEqual({ nextAllowedAtMs: '1970-01-01T00:00:00.000Z', drug: 'Lofexidine', flag: 'yes', cows: 8, other: 'x' });
  });

  it('reads hours to a tenth', () => {
    expect(panelValue('hours', 0.0021, t, formatTime)).toBe(0);
    expect(panelValue('hoursSinceLastKratom', 71.96, t, formatTime)).toBe(72);
    expect(panelValue('washoutHours', 168, t, formatTime)).toBe(168);
  });

  it('splits an input name into words, keeping COWS and µg readable', () => {
    expect(inputLabel('latestCowsTotal')).toBe('latest COWS total');
    expect(inputLabel('givenLast24hUg')).toBe('given last24h µg');
    expect(inputLabel('heartRateTakenAtMs')).toBe('heart rate taken at');
    expect(inputLabel('orderedMs')).toBe('ordered at');
  });
});
