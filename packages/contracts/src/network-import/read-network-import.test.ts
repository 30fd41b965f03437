import { describe, expect, it } from 'vitest';
import { NETWORK_CSV_COLUMNS } from './network-csv-columns.js';
import { readNetworkImport } from './read-network-import.js';

const HEADER =
  'facility_key,facility_name,street1,city,state,zip,phone,admissions_line,languages,level_of_care,programme_name,medications,otp,payers,commercial_insurers,capacity_available,kratom_experience,last_verified_at,last_verified_by';
const row = (cells: Partial<Record<string, string>>): string => {
  const values: Record<string, string> = {
    facility_key: 'north-1',
    facility_name: '"Example Recovery Centre, North (fictional)"',
    street1: '1 Example Way',
    city: 'Springfield',
    state: 'pa',
    zip: '19064',
    phone: '555-555-0101',
    admissions_line: '555-555-0102',
    languages: 'en;es',
    level_of_care: 'residential',
    programme_name: 'Residential',
    medications: 'buprenorphine',
    otp: 'no',
    payers: 'medicaid;commercial',
    commercial_insurers: 'Example Health Plan',
    capacity_available: '4',
    kratom_experience: 'yes',
    last_verified_at: '2027-01-31',
    last_verified_by: 'A. Admin',
    ...cells,
  };
  return HEADER.split(',')
    .map((column) => values[column] ?? '')
    .join(',');
};

describe('readNetworkImport: our CSV', () => {
  it('groups the rows of one facility_key into one facility with a programme per row', () => {
    const csv = [
      HEADER,
      row({}),
      row({ level_of_care: 'iop', programme_name: 'Evening IOP', capacity_available: '' }),
    ].join('\r\n');
    const read = readNetworkImport('csv', csv);
    expect(read.ok).toBe(true);
    if (!read.ok) {
      return;
    }
    expect(read.facilities).toHaveLength(1);
    const [facility] = read.facilities;
    expect(facility?.row).toBe(0);
    expect(facility?.draft).toMatchObject({
      source: 'import',
      externalKey: 'north-1',
      name: 'Example Recovery Centre, North (fictional)',
      state: 'PA',
      languages: ['en', 'es'],
      latitude: null,
      lastVerifiedAt: '2027-01-31T00:00:00.000Z',
    });
    expect(facility?.draft.programmes.map((programme) => [programme.levelOfCare, programme.capacityAvailable])).toEqual(
      [
        ['residential', 4],
        ['iop', null],
      ],
    );
    expect(facility?.draft.programmes[0]).toMatchObject({
      kratomExperience: true,
      payers: ['commercial', 'medicaid'],
      commercialInsurers: ['Example Health Plan'],
    });
  });

  it('names every bad row by index, column and line, and returns no facility at all', () => {
    const csv = [
      HEADER,
      row({}),
      row({ facility_key: 'south-2', level_of_care: 'detox', zip: '1234' }),
      row({ facility_key: 'west-3', medications: 'methadone' }),
    ].join('\n');
    const read = readNetworkImport('csv', csv);
    expect(read).toEqual({
      ok: false,
      issues: [
        { path: ['rows', 1, 'zip'], message: 'Line 3: Must be a five-digit ZIP code' },
        {
          path: ['rows', 1, 'level_of_care'],
          message: expect.stringMatching(/^Line 3: Must be one of medically-managed-withdrawal/) as string,
        },
        {
          path: ['rows', 2, 'medications'],
          message: expect.stringMatching(/^Line 4: Methadone is given only by an opioid treatment programme/) as string,
        },
      ],
    });
  });

  it('counts lines across quoted line breaks', () => {
    const csv = [
      HEADER,
      row({ facility_name: '"Two\nlines (fictional)"' }),
      row({ facility_key: 'b', phone: 'call us' }),
    ].join('\n');
    const read = readNetworkImport('csv', csv);
    expect(read.ok ? [] : read.issues).toEqual([
      { path: ['rows', 1, 'phone'], message: expect.stringMatching(/^Line 4: /) as string },
    ]);
  });

  it('refuses rows of one facility_key that disagree on a facility column', () => {
    const csv = [HEADER, row({}), row({ city: 'Shelbyville', programme_name: 'Other' })].join('\n');
    expect(readNetworkImport('csv', csv)).toEqual({
      ok: false,
      issues: [{ path: ['rows', 1, 'city'], message: expect.stringMatching(/^Line 3: differs from line 2/) as string }],
    });
  });

  it('names unknown and missing header columns', () => {
    const read = readNetworkImport('csv', 'facility_key,colour\nx,red\n');
    expect(read.ok ? [] : read.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['Line 1: unknown column "colour"', 'Line 1: the column facility_name is missing']),
    );
  });

  it('names a column given twice', () => {
    expect(readNetworkImport('csv', `${HEADER},city\n${row({})},Other`)).toEqual({
      ok: false,
      issues: [{ path: ['content'], message: 'Line 1: the column city appears twice' }],
    });
  });

  it('reports broken CSV with its line', () => {
    expect(readNetworkImport('csv', `${HEADER}\n"unclosed`)).toEqual({
      ok: false,
      issues: [{ path: ['content'], message: 'Line 2: A quoted field is never closed' }],
    });
  });

  it('declares each column once', () => {
    const names = NETWORK_CSV_COLUMNS.map((column) => column.column);
    expect(new Set(names).size).toBe(names.length);
  });
});

const jsonFacility = (overrides: Record<string, unknown> = {}) => ({
  externalKey: 'east-7',
  name: 'Example Harbour House (fictional)',
  street1: '7 Example Pier',
  city: 'Portland',
  state: 'ME',
  zip: '04101',
  phone: '(555) 555-0107',
  programmes: [{ name: 'Outpatient', levelOfCare: 'outpatient', medications: ['naltrexone'] }],
  ...overrides,
});

describe('readNetworkImport: our JSON', () => {
  it('reads { facilities } and a bare list, filling defaults', () => {
    for (const content of [JSON.stringify({ facilities: [jsonFacility()] }), JSON.stringify([jsonFacility()])]) {
      const read = readNetworkImport('json', content);
      expect(read.ok && read.facilities[0]?.draft).toMatchObject({
        externalKey: 'east-7',
        street2: '',
        hours: '',
        languages: [],
        website: null,
        programmes: [{ otp: false, kratomTesting: false, capacityAvailable: null, unmappedCodes: [] }],
      });
    }
  });

  it('puts every issue under rows, index, field (nested programmes too) and refuses a repeated key', () => {
    const content = JSON.stringify({
      facilities: [
        jsonFacility(),
        jsonFacility({ externalKey: 'x', region: 'west', programmes: [{ name: 'P', levelOfCare: 'php', colour: 1 }] }),
        jsonFacility(),
      ],
    });
    expect(readNetworkImport('json', content)).toEqual({
      ok: false,
      issues: [
        { path: ['rows', 1, 'programmes', 0, 'colour'], message: 'Unknown field: remove it' },
        { path: ['rows', 1, 'region'], message: 'ME is in the northeast region; leave region out or make it agree' },
        { path: ['rows', 2, 'externalKey'], message: 'Same externalKey as row 0: one entry per facility' },
      ],
    });
    expect(readNetworkImport('json', JSON.stringify([jsonFacility({ region: 'west' })]))).toMatchObject({
      ok: false,
      issues: [{ path: ['rows', 0, 'region'] }],
    });
  });

  it('names text that is not JSON, or not a list', () => {
    expect(readNetworkImport('json', '{')).toMatchObject({ ok: false, issues: [{ path: ['content'] }] });
    expect(readNetworkImport('json', '{"x":1}')).toMatchObject({ ok: false, issues: [{ path: ['content'] }] });
  });
});

const locatorRow = (overrides: Record<string, unknown> = {}) => ({
  _irow: 1,
  name1: 'Example Valley Treatment (fictional)',
  name2: '',
  street1: '12 Example Road',
  street2: null,
  city: 'Dayton',
  state: 'OH',
  zip: '45402-1234',
  phone: '555-555-0112',
  website: 'https://example.org',
  latitude: '39.75',
  longitude: '-84.19',
  typeFacility: 'SA',
  miles: 1.2,
  services: [
    { f1: 'Type of Care', f2: 'DT', f3: 'Detox' },
    { f1: 'Service Setting', f2: 'OP', f3: 'Outpatient' },
  ],
  ...overrides,
});

describe('readNetworkImport: the locator JSON', () => {
  it('reads { rows }, turns coordinates from text and cuts a ZIP+4', () => {
    const read = readNetworkImport('locator', JSON.stringify({ page: 1, totalPages: 1, rows: [locatorRow()] }));
    expect(read.ok && read.facilities[0]?.draft).toMatchObject({
      source: 'locator',
      zip: '45402',
      latitude: 39.75,
      longitude: -84.19,
      programmes: [{ levelOfCare: 'medically-managed-withdrawal' }, { levelOfCare: 'outpatient' }],
    });
  });

  it('reports a mental-health-only listing as skipped, and a bad listing at its row', () => {
    const mhOnly = locatorRow({
      name1: 'Example Minds (fictional)',
      services: [{ f1: 'Type of Care', f2: 'MH', f3: 'Mental health treatment' }],
    });
    const read = readNetworkImport('locator', JSON.stringify([locatorRow(), mhOnly]));
    expect(read.ok && read.skipped).toEqual([
      {
        row: 1,
        name: 'Example Minds (fictional)',
        reason: 'None of its service codes is a level of care the network lists',
      },
    ]);
    const bad = readNetworkImport(
      'locator',
      JSON.stringify([locatorRow(), locatorRow({ state: 'XX', street1: 'Other' }), locatorRow()]),
    );
    expect(bad).toEqual({
      ok: false,
      issues: [
        { path: ['rows', 1, 'state'], message: 'Must be a two-letter US state code, e.g. PA' },
        { path: ['rows', 2, 'name1'], message: expect.stringMatching(/^The same listing as row 0/) as string },
      ],
    });
  });
});
