import { describe, expect, it } from 'vitest';
import { EXAMPLE_FACILITY } from './network-admin.fixtures';
import { profileFormValues, profileRequestOf, ZFacilityProfileForm } from './facility-profile-values';

const VALUES = profileFormValues(EXAMPLE_FACILITY, ['en', 'es']);

describe('the facility profile form values', () => {
  it('leaves both coordinates out when both are empty, so the server can use the ZIP code centre', () => {
    const body = profileRequestOf(VALUES);
    expect(body).not.toHaveProperty('latitude');
    expect(body).not.toHaveProperty('longitude');
    expect(body.street2).toBeNull();
  });

  it('sends one coordinate with the other as null, for the contract to name the missing one', () => {
    const parsed = ZFacilityProfileForm.safeParse({ ...VALUES, latitude: '39.95' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['longitude', 'Give the longitude with the latitude'],
    ]);
  });

  it('keeps codes not among the checkboxes in "other languages", and joins them back without repeats', () => {
    expect(VALUES.languages).toEqual(['en']);
    expect(VALUES.otherLanguages).toBe('pl');
    expect(profileRequestOf({ ...VALUES, otherLanguages: 'PL; de, en' }).languages).toEqual(['en', 'pl', 'de']);
  });
});
