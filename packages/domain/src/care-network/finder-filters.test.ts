import { describe, expect, it } from 'vitest';
import { NO_FINDER_FILTERS, matchFacility, type FinderFilters, type MatchableProgramme } from './finder-filters.js';

const RESIDENTIAL_SELF_PAY: MatchableProgramme = {
  levelOfCare: 'residential',
  medications: ['buprenorphine'],
  otp: false,
  kratomExperience: true,
  populations: ['adults'],
  services: ['family-programme'],
  payers: ['self-pay'],
  capacityAvailable: 0,
};
const IOP_MEDICAID: MatchableProgramme = {
  levelOfCare: 'iop',
  medications: ['naltrexone', 'methadone'],
  otp: false,
  kratomExperience: false,
  populations: ['adults', 'veterans'],
  services: ['transportation'],
  payers: ['medicaid', 'commercial'],
  capacityAvailable: 3,
};
const FACILITY = { state: 'PA', languages: ['en', 'es'], programmes: [RESIDENTIAL_SELF_PAY, IOP_MEDICAID] };
const filters = (changes: Partial<FinderFilters>): FinderFilters => ({ ...NO_FINDER_FILTERS, ...changes });

describe('matchFacility', () => {
  it('matches everything without filters, with no reasons', () => {
    expect(matchFacility(FACILITY, NO_FINDER_FILTERS)).toEqual([]);
    expect(matchFacility({ ...FACILITY, programmes: [] }, NO_FINDER_FILTERS)).toEqual([]);
  });

  it('ORs the values within one filter and names each value met', () => {
    expect(matchFacility(FACILITY, filters({ levels: ['residential', 'iop', 'php'] }))).toEqual([
      { filter: 'level', value: 'residential' },
      { filter: 'level', value: 'iop' },
    ]);
  });

  it('requires programme-level filters to hold on the same programme', () => {
    // Residential is self-pay only; Medicaid is taken by the IOP: no one programme is both.
    expect(matchFacility(FACILITY, filters({ levels: ['residential'], payers: ['medicaid'] }))).toBeNull();
    expect(matchFacility(FACILITY, filters({ levels: ['iop'], payers: ['medicaid'] }))).toEqual([
      { filter: 'level', value: 'iop' },
      { filter: 'payer', value: 'medicaid' },
    ]);
    expect(matchFacility(FACILITY, filters({ kratomExperience: true, openCapacity: true }))).toBeNull();
    expect(matchFacility(FACILITY, filters({ kratomExperience: true, services: ['family-programme'] }))).toEqual([
      { filter: 'kratomExperience', value: 'true' },
      { filter: 'service', value: 'family-programme' },
    ]);
  });

  it('ANDs facility-level and programme-level filters', () => {
    expect(matchFacility(FACILITY, filters({ languages: ['es'], openCapacity: true }))).toEqual([
      { filter: 'language', value: 'es' },
      { filter: 'openCapacity', value: 'true' },
    ]);
    expect(matchFacility(FACILITY, filters({ languages: ['vi'], openCapacity: true }))).toBeNull();
  });

  it('matches state and region from the facility state', () => {
    expect(matchFacility(FACILITY, filters({ states: ['NJ', 'PA'], regions: ['mid-atlantic'] }))).toEqual([
      { filter: 'state', value: 'PA' },
      { filter: 'region', value: 'mid-atlantic' },
    ]);
    expect(matchFacility(FACILITY, filters({ regions: ['northeast'] }))).toBeNull();
    expect(matchFacility({ ...FACILITY, state: null }, filters({ states: ['PA'] }))).toBeNull();
  });

  it('never matches methadone outside an opioid treatment programme', () => {
    expect(matchFacility(FACILITY, filters({ medications: ['methadone'] }))).toBeNull();
    const otp = { ...FACILITY, programmes: [{ ...IOP_MEDICAID, otp: true }] };
    expect(matchFacility(otp, filters({ medications: ['methadone', 'naltrexone'] }))).toEqual([
      { filter: 'medication', value: 'methadone' },
      { filter: 'medication', value: 'naltrexone' },
    ]);
  });

  it('counts unknown capacity as not open', () => {
    const unknown = { ...FACILITY, programmes: [{ ...IOP_MEDICAID, capacityAvailable: null }] };
    expect(matchFacility(unknown, filters({ openCapacity: true }))).toBeNull();
  });

  it('needs at least one programme for any programme-level filter', () => {
    expect(matchFacility({ ...FACILITY, programmes: [] }, filters({ populations: ['adults'] }))).toBeNull();
  });
});
