import { describe, expect, it } from 'vitest';
import { CARE_NETWORK_MESSAGES_EN } from './care-network.messages.en.js';
import { REGIONS, STATE_REGIONS, US_STATES, statesOfRegions } from './regions.js';
import { levelsOfCareForSelfCheck } from './self-check-levels.js';
import { isVerificationStale } from './staleness.js';
import { FACILITY_SOURCES, LEVELS_OF_CARE, MEDICATIONS_OFFERED, PAYERS, POPULATIONS, SERVICES } from './vocabulary.js';

describe('regions', () => {
  it('maps the 50 states, DC and the five inhabited territories, each to one region', () => {
    expect(US_STATES).toHaveLength(56);
    expect(new Set(Object.values(STATE_REGIONS))).toEqual(new Set(REGIONS));
    expect(REGIONS.flatMap((region) => statesOfRegions([region])).sort()).toEqual([...US_STATES]);
  });

  it.each([
    ['NY', 'northeast'],
    ['PA', 'mid-atlantic'],
    ['GA', 'southeast'],
    ['OH', 'midwest'],
    ['TX', 'southwest'],
    ['CA', 'west'],
    ['WA', 'pacific-northwest'],
    ['PR', 'territories'],
  ] as const)('puts %s in %s', (state, region) => {
    expect(STATE_REGIONS[state]).toBe(region);
  });
});

describe('levelsOfCareForSelfCheck', () => {
  it.each([
    ['E', []],
    ['H', ['medically-managed-withdrawal', 'residential']],
    ['M', ['php', 'iop', 'outpatient', 'telehealth-medication-treatment']],
    ['O', ['outpatient']],
    ['S', []],
  ] as const)('filters level %s by %j', (level, levels) => {
    expect(levelsOfCareForSelfCheck(level)).toEqual(levels);
  });

  it('only names finder levels', () => {
    for (const level of ['E', 'H', 'M', 'O', 'S'] as const) {
      for (const finderLevel of levelsOfCareForSelfCheck(level)) {
        expect(LEVELS_OF_CARE).toContain(finderLevel);
      }
    }
  });
});

describe('isVerificationStale', () => {
  const VERIFIED = '2026-01-01T00:00:00.000Z';
  it.each([
    ['2026-06-30T00:00:00.000Z', false], // exactly 180 days
    ['2026-06-30T00:00:00.001Z', true],
    ['2026-01-02T00:00:00.000Z', false],
  ])('at %s says %s', (now, stale) => {
    expect(isVerificationStale(VERIFIED, new Date(now))).toBe(stale);
  });

  it('counts never verified as stale', () => {
    expect(isVerificationStale(null, new Date(VERIFIED))).toBe(true);
  });
});

describe('CARE_NETWORK_MESSAGES_EN', () => {
  it('labels every vocabulary value, region and state', () => {
    const keys = [
      ...LEVELS_OF_CARE.map((v) => `careNetwork.level.${v}`),
      ...MEDICATIONS_OFFERED.map((v) => `careNetwork.medication.${v}`),
      ...POPULATIONS.map((v) => `careNetwork.population.${v}`),
      ...SERVICES.map((v) => `careNetwork.service.${v}`),
      ...PAYERS.map((v) => `careNetwork.payer.${v}`),
      ...FACILITY_SOURCES.map((v) => `careNetwork.source.${v}`),
      ...REGIONS.map((v) => `careNetwork.region.${v}`),
      ...US_STATES.map((v) => `careNetwork.state.${v}`),
    ];
    for (const key of keys) {
      expect(CARE_NETWORK_MESSAGES_EN).toHaveProperty([key]);
    }
  });
});
