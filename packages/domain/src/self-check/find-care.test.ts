import { describe, expect, it } from 'vitest';
import { FIND_CARE_TARGET, findCareLink } from './find-care.js';

describe('findCareLink', () => {
  it('goes to FindTreatment.gov with the SAMHSA helpline until our own finder exists', () => {
    const link = findCareLink('M');
    expect(FIND_CARE_TARGET).toEqual({ baseUrl: 'https://findtreatment.gov/', levelParam: null });
    expect(link.href).toBe('https://findtreatment.gov/');
    expect(link.filteredBy).toBeNull();
    expect(link.helpline).toMatchObject({ display: '1-800-662-4357', href: 'tel:+18006624357' });
    expect(link.labelKey).toBe('selfCheck.findCare.label');
  });

  it('carries the care intensity as a filter once the target takes one (the navigation issue)', () => {
    const ours = { baseUrl: '/find-care', levelParam: 'intensity' };
    expect(findCareLink('H', ours)).toMatchObject({ href: '/find-care?intensity=H', filteredBy: 'H' });
    expect(findCareLink('O', { baseUrl: '/find-care?state=NY', levelParam: 'intensity' }).href).toBe(
      '/find-care?state=NY&intensity=O',
    );
    expect(findCareLink(null, ours)).toMatchObject({ href: '/find-care', filteredBy: null });
  });
});
