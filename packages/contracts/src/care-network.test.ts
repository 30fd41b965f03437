import { describe, expect, it } from 'vitest';
import { toApiIssues } from './api-issues.js';
import { ZCreateProgrammeRequest, ZFinderQuery, ZUpdateProgrammeRequest } from './care-network.js';
import { ZCreateFacilityRequest, ZUpdateFacilityRequest } from './facilities.js';

describe('ZFinderQuery', () => {
  it('takes a single value or repeated values for a multi-select, and applies the defaults', () => {
    const single = ZFinderQuery.parse({ zip: '19104', level: 'iop' });
    expect(single).toMatchObject({ level: ['iop'], radiusMiles: 25, limit: 50, openCapacity: false, payer: [] });
    expect(ZFinderQuery.parse({ state: ['PA', 'NJ'], level: ['iop', 'php'], openCapacity: 'true' })).toMatchObject({
      state: ['PA', 'NJ'],
      level: ['iop', 'php'],
      openCapacity: true,
    });
  });

  it('names the parameter of an unknown value', () => {
    const result = ZFinderQuery.safeParse({ zip: '19104', level: ['iop', 'spa'], payer: 'bitcoin' });
    expect(result.success).toBe(false);
    expect(toApiIssues(result.error?.issues ?? []).map((issue) => issue.path)).toEqual([
      ['level', 1],
      ['payer', 0],
    ]);
  });

  it.each([
    [{ zip: '19104', radiusMiles: '0' }, ['radiusMiles']],
    [{ zip: '19104', radiusMiles: '251' }, ['radiusMiles']],
    [{ zip: '19104', radiusMiles: 'far' }, ['radiusMiles']],
    [{ zip: '19104', limit: '101' }, ['limit']],
    [{ zip: '1910' }, ['zip']],
    [{ level: 'iop' }, ['zip']],
    [{ zip: '19104', openCapacity: 'yes' }, ['openCapacity']],
    [{ zip: '19104', language: 'Spanish!' }, ['language', 0]],
    [{ zip: '19104', colour: 'blue' }, ['colour']],
  ])('rejects %o naming %j', (query, path) => {
    const result = ZFinderQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(toApiIssues(result.error?.issues ?? [])[0]?.path).toEqual(path);
  });

  it('accepts the radius bounds', () => {
    expect(ZFinderQuery.parse({ zip: '19104', radiusMiles: '1' }).radiusMiles).toBe(1);
    expect(ZFinderQuery.parse({ zip: '19104', radiusMiles: '250' }).radiusMiles).toBe(250);
  });
});

describe('programme requests', () => {
  const BASE = { name: 'Example IOP (fictional)', levelOfCare: 'iop' };

  it('fills the defaults', () => {
    expect(ZCreateProgrammeRequest.parse(BASE)).toMatchObject({
      medications: [],
      otp: false,
      capacityAvailable: null,
      nextIntakeDate: null,
    });
  });

  it('refuses methadone outside an OTP and insurers without commercial', () => {
    const result = ZCreateProgrammeRequest.safeParse({
      ...BASE,
      medications: ['methadone'],
      commercialInsurers: ['Aetna'],
    });
    expect(result.success).toBe(false);
    expect(toApiIssues(result.error?.issues ?? []).map((issue) => issue.path)).toEqual([
      ['medications'],
      ['commercialInsurers'],
    ]);
    expect(ZCreateProgrammeRequest.safeParse({ ...BASE, medications: ['methadone'], otp: true }).success).toBe(true);
  });

  it('names bad fields', () => {
    const result = ZCreateProgrammeRequest.safeParse({
      ...BASE,
      levelOfCare: 'spa',
      nextIntakeDate: '2026-02-30',
      capacityAvailable: -1,
    });
    expect(toApiIssues(result.error?.issues ?? []).map((issue) => issue.path)).toEqual([
      ['levelOfCare'],
      ['capacityAvailable'],
      ['nextIntakeDate'],
    ]);
  });

  it('needs at least one change in a PATCH', () => {
    expect(ZUpdateProgrammeRequest.safeParse({}).success).toBe(false);
    expect(ZUpdateProgrammeRequest.parse({ capacityAvailable: null })).toEqual({ capacityAvailable: null });
  });
});

describe('facility profile fields', () => {
  it('are optional on create and take nulls on update', () => {
    expect(
      ZCreateFacilityRequest.safeParse({ name: 'Example Recovery Centre (fictional)', region: 'East' }).success,
    ).toBe(true);
    expect(ZUpdateFacilityRequest.parse({ street2: null, languages: ['EN', 'es'] })).toEqual({
      street2: null,
      languages: ['en', 'es'],
    });
  });

  it.each([
    [{ latitude: 40 }, ['longitude']],
    [{ phone: '555-0100' }, ['phone']],
    [{ website: 'javascript:alert(1)' }, ['website']],
    [{ state: 'XX' }, ['state']],
    [{ zip: 'ABCDE' }, ['zip']],
  ])('rejects %o naming %j', (body, path) => {
    const result = ZUpdateFacilityRequest.safeParse(body);
    expect(toApiIssues(result.error?.issues ?? [])[0]?.path).toEqual(path);
  });
});
