import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  chosenFilterCount,
  finderQuery,
  hasPlace,
  parseFinderSearch,
  toggleFilter,
} from './finder-query';

const parse = (query: string) => parseFinderSearch(new URLSearchParams(query));

describe('the finder search in the address', () => {
  it('reads a ZIP search with repeated filters and writes it back unchanged, in the API parameter names', () => {
    const query =
      'zip=19104&radiusMiles=50&level=php&level=iop&payer=medicaid&medication=buprenorphine&service=transportation&population=women&language=es&kratomExperience=true&openCapacity=true';
    const search = parse(query);
    expect(search).toMatchObject({
      zip: '19104',
      radiusMiles: 50,
      level: ['php', 'iop'],
      payer: ['medicaid'],
      language: ['es'],
      kratomExperience: true,
      openCapacity: true,
    });
    expect(finderQuery(search)).toBe(query);
    expect(chosenFilterCount(search)).toBe(9);
  });

  it('drops what it does not know, so an old or hand-edited link still opens', () => {
    const search = parse('zip=1910&radiusMiles=7&level=detox&level=iop&level=iop&state=XX&region=mars&payer=cash');
    expect(search).toEqual({ ...EMPTY_SEARCH, level: ['iop'] });
    expect(hasPlace(search)).toBe(false);
  });

  it('searches a ZIP by distance, and a state or region without one', () => {
    expect(finderQuery({ ...EMPTY_SEARCH, zip: '10001', state: 'NY', region: 'northeast' })).toBe(
      'zip=10001&radiusMiles=25',
    );
    expect(finderQuery({ ...EMPTY_SEARCH, state: 'PA', region: 'mid-atlantic', radiusMiles: 100 })).toBe(
      'state=PA&region=mid-atlantic',
    );
    expect(hasPlace(parse('region=west'))).toBe(true);
  });

  it("turns the self-check's care intensity into the levels of care it suggests, and nothing for E and S", () => {
    expect(parse('intensity=H').level).toEqual(['medically-managed-withdrawal', 'residential']);
    expect(parse('intensity=M&level=outpatient').level.length).toBeGreaterThan(1);
    expect(parse('intensity=E').level).toEqual([]);
    expect(parse('intensity=S').level).toEqual([]);
    expect(finderQuery(parse('intensity=H'))).toBe('level=medically-managed-withdrawal&level=residential');
  });

  it('toggles one value of one filter, keeping the vocabulary order', () => {
    const one = toggleFilter(EMPTY_SEARCH, 'level', 'iop', true);
    const two = toggleFilter(one, 'level', 'medically-managed-withdrawal', true);
    expect(two.level).toEqual(['medically-managed-withdrawal', 'iop']);
    expect(toggleFilter(two, 'level', 'iop', false).level).toEqual(['medically-managed-withdrawal']);
  });
});
