import { describe, expect, it } from 'vitest';
import { SAMHSA_SERVICE_CODES, findSamhsaServiceCode } from '../samhsa-service-codes.js';
import { mapLocatorFacility, type LocatorFacility } from './locator.js';
import type { NetworkFacilityDraft } from './network-draft.js';
import { fnv1a64, listingKey } from './stable-key.js';

/** A fictional listing in the locator's shape. */
const listing = (overrides: Partial<LocatorFacility> = {}): LocatorFacility => ({
  name1: 'Example Recovery Centre (fictional)',
  name2: 'North Campus',
  street1: '1 Example Way',
  street2: '',
  city: 'Springfield',
  state: 'PA',
  zip: '19064',
  phone: '555-555-0101',
  website: 'www.example.org',
  latitude: 39.93,
  longitude: -75.33,
  type_facility: 'SA',
  services: [],
  ...overrides,
});

const facilityOf = (overrides: Partial<LocatorFacility>): NetworkFacilityDraft => {
  const mapped = mapLocatorFacility(listing(overrides));
  if (mapped.kind !== 'facility') {
    throw new Error(mapped.reason);
  }
  return mapped.facility;
};

describe('mapLocatorFacility', () => {
  it('reads f2 as one code per f3 name: a programme per level, facility-wide fields on each', () => {
    const facility = facilityOf({
      services: [
        { f1: 'Type of Care', f2: 'DT', f3: 'Detox' },
        { f1: 'Service Settings', f2: 'RES;OIT;OP', f3: 'Residential;Intensive outpatient treatment;Outpatient' },
        { f1: 'Payment', f2: 'MD;PI;SS', f3: 'Medicaid;Private health insurance;Sliding fee scale' },
        { f1: 'Opioid Medications', f2: 'BU;NU', f3: 'Buprenorphine;Naltrexone' },
        { f1: 'Special Programs/Groups', f2: 'VET;GL', f3: 'Veterans;LGBT' },
        { f1: 'Language Services', f2: 'SP', f3: 'Spanish' },
        { f1: 'Treatment Approaches', f2: 'CBT;MOTI', f3: 'Cognitive behavioral therapy;Motivational interviewing' },
      ],
    });
    expect(facility.programmes.map((programme) => programme.levelOfCare)).toEqual([
      'medically-managed-withdrawal',
      'residential',
      'iop',
      'outpatient',
    ]);
    const outpatient = facility.programmes.find((programme) => programme.levelOfCare === 'outpatient');
    expect(outpatient).toMatchObject({
      name: 'Outpatient',
      medications: ['buprenorphine', 'naltrexone'],
      otp: false,
      payers: ['commercial', 'medicaid', 'sliding-scale'],
      populations: ['lgbtq', 'veterans'],
      unmappedCodes: ['CBT', 'MOTI'],
      kratomExperience: false,
      capacityAvailable: null,
      lastVerifiedAt: null,
    });
    expect(facility).toMatchObject({
      source: 'locator',
      name: 'Example Recovery Centre (fictional) – North Campus',
      languages: ['es'],
      website: 'http://www.example.org',
      admissionsLine: null,
      lastVerifiedAt: null,
    });
  });

  it('reads f2 as the category code with several names in f3 (the shape of the public listing sample)', () => {
    const facility = facilityOf({
      services: [
        {
          f1: 'Service Settings (e.g., Outpatient, Residential, Inpatient etc.)',
          f2: 'SET',
          f3: 'Outpatient; Intensive outpatient treatment; Outpatient day treatment or partial hospitalization',
        },
        {
          f1: 'Payment/Insurance/Funding Accepted',
          f2: 'PAY',
          f3: 'Medicaid; Military insurance (e.g., TRICARE); Other State funds',
        },
        { f1: 'Special Programs/Groups Offered', f2: 'SG', f3: 'Adult women; Pregnant/postpartum women' },
        { f1: 'Ancillary Services', f2: 'AS', f3: 'Transportation assistance; Consumer-run (peer-support) services' },
      ],
    });
    expect(facility.programmes.map((programme) => programme.levelOfCare)).toEqual(['php', 'iop', 'outpatient']);
    expect(facility.programmes[0]).toMatchObject({
      payers: ['medicaid', 'tricare'],
      populations: ['pregnant', 'women'],
      services: ['alumni-peer-support', 'transportation'],
      unmappedCodes: ['PAY: Other State funds'],
    });
  });

  it('gives methadone only to the outpatient programme of an OTP, and keeps it unmapped otherwise', () => {
    const otp = facilityOf({
      services: [
        { f1: 'Service Settings', f2: 'RES', f3: 'Residential' },
        { f1: 'Opioid Medications', f2: 'MU;BU', f3: 'Methadone used in treatment;Buprenorphine used in Treatment' },
        { f1: 'Type of Opioid Treatment', f2: 'OTP', f3: 'SAMHSA-certified opioid treatment program' },
      ],
    });
    expect(otp.programmes.map((programme) => [programme.levelOfCare, programme.otp, programme.medications])).toEqual([
      ['residential', false, ['buprenorphine']],
      ['outpatient', true, ['buprenorphine', 'methadone']],
    ]);
    const notOtp = facilityOf({
      services: [
        { f1: 'Service Settings', f2: 'OP', f3: 'Outpatient' },
        { f1: 'Opioid Medications', f2: 'METH', f3: 'Methadone' },
      ],
    });
    expect(notOtp.programmes).toHaveLength(1);
    expect(notOtp.programmes[0]).toMatchObject({ medications: [], otp: false, unmappedCodes: ['METH'] });
  });

  it('makes a telehealth medication programme only beside buprenorphine or naltrexone', () => {
    const withMedication = facilityOf({
      services: [
        { f1: 'Service Settings', f2: 'OP;CT', f3: 'Outpatient;Telemedicine' },
        { f1: 'Opioid Medications', f2: 'BU', f3: 'Buprenorphine' },
      ],
    });
    expect(withMedication.programmes.map((programme) => programme.levelOfCare)).toEqual([
      'outpatient',
      'telehealth-medication-treatment',
    ]);
    const therapyOnly = facilityOf({
      services: [{ f1: 'Service Settings', f2: 'OP;TELE', f3: 'Outpatient;Telemedicine/telehealth' }],
    });
    expect(therapyOnly.programmes.map((programme) => programme.levelOfCare)).toEqual(['outpatient']);
    expect(therapyOnly.programmes[0]?.unmappedCodes).toEqual(['TELE']);
  });

  it('treats a listing of type OTP with no services as an outpatient methadone programme', () => {
    const facility = facilityOf({
      type_facility: 'OTP',
      services: [{ f1: 'Opioid Medications', f2: 'MU', f3: 'Methadone used in treatment' }],
    });
    expect(facility.programmes).toEqual([
      expect.objectContaining({ levelOfCare: 'outpatient', otp: true, medications: ['methadone'] }),
    ]);
  });

  it('skips a listing with no level of care we list', () => {
    expect(
      mapLocatorFacility(
        listing({ type_facility: 'MH', services: [{ f1: 'Type of Care', f2: 'MH', f3: 'Mental health treatment' }] }),
      ),
    ).toEqual({ kind: 'skipped', reason: 'None of its service codes is a level of care the network lists' });
  });

  it('keys a listing by the locator id when it has one, else by a hash of name1, street1 and zip', () => {
    expect(facilityOf({ frid: 'abc123', services: [{ f1: 'S', f2: 'OP', f3: 'Outpatient' }] }).externalKey).toBe(
      'frid-abc123',
    );
    const hashed = facilityOf({ services: [{ f1: 'S', f2: 'OP', f3: 'Outpatient' }] }).externalKey;
    expect(hashed).toBe(
      listingKey({ name1: 'example recovery centre  (fictional)', street1: '1 EXAMPLE WAY', zip: '19064' }),
    );
    expect(hashed).toMatch(/^h-[0-9a-f]{16}$/);
  });
});

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('SAMHSA_SERVICE_CODES', () => {
  it('has each code once and finds entries by code before name', () => {
    const codes = SAMHSA_SERVICE_CODES.flatMap((entry) => (entry.code === null ? [] : [entry.code]));
    expect(new Set(codes).size).toBe(codes.length);
    expect(findSamhsaServiceCode('OIT', null)?.maps.levelOfCare).toBe('iop');
    expect(findSamhsaServiceCode('XYZ', 'Intensive  outpatient TREATMENT')?.maps.levelOfCare).toBe('iop');
    expect(findSamhsaServiceCode('XYZ', 'Something else')).toBeUndefined();
  });
});
