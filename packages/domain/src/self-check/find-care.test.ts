import { describe, expect, it } from 'vitest';
import { FIND_CARE_TARGET, findCareLink } from './find-care.js';

describe('findCareLink', () => {
  it('goes to our own finder with the suggested care intensity, and the SAMHSA helpline beside it (issue 11)', () => {
    const link = findCareLink('M');
    expect(FIND_CARE_TARGET).toEqual({ baseUrl: '/find-care', levelParam: 'intensity' });
    expect(link.href).toBe('/find-care?intensity=M');
    expect(link.filteredBy).toBe('M');
    expect(link.helpline).toMatchObject({ display: '1-800-662-4357', href: 'tel:+18006624357' });
    expect(link.labelKey).toBe('selfCheck.findCare.label');
    expect(findCareLink(null)).toMatchObject({ href: '/find-care', filteredBy: null });
  });

  it('goes to a finder that takes no filter without one (FindTreatment.gov)', () => {
    const link = findCareLink('M', { baseUrl: 'https://findtreatment.gov/', levelParam: null });
    expect(link).toMatchObject({ href: 'https://findtreatment.gov/', filteredBy: null });
  });

  it('carries the care intensity as a filter when the target takes one', () => {
    const ours = { baseUrl: '/find-care', levelParam: 'intensity' };
    expect(findCareLink('H', ours)).toMatchObject({ href: '/find-care?intensity=H', filteredBy: 'H' });
    expect(findCareLink('O', { baseUrl: '/find-care?state=NY', levelParam: 'intensity' }).href).toBe(
      '/find-care?state=NY&intensity=O',
    );
    expect(findCareLink(null, ours)).toMatchObject({ href: '/find-care', filteredBy: null });
  });
});
