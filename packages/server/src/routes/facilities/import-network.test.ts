import { readFileSync } from 'node:fs';
import { ZFinderResponse, ZImportNetworkResponse, type TFinderResponse } from '@kratom-care/contracts';
import { getFacilityWithProgrammes, updateProgramme } from '@kratom-care/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { createAccessWorld, type AccessWorld } from '../../test/access-world.js';

/*
 * POST /api/facilities/import (issue 11 §1 and Tests: "Import: one bad row rejects the whole import and
 * names that row"; Acceptance: "A locator JSON fixture of at least 50 fictional facilities imports, shows in
 * the finder with mapped filters, and imports a second time without duplicates"). Every facility is fictional.
 */

const FIXTURE_TEXT = readFileSync(new URL('../../test/fixtures/locator-facilities.json', import.meta.url), 'utf8');
interface LocatorRow {
  name1: string;
  state: string;
  zip: string;
  type_facility: string;
  frid?: string;
}
const FIXTURE = JSON.parse(FIXTURE_TEXT) as { rows: LocatorRow[] };
const LISTINGS = FIXTURE.rows.length;
const MENTAL_HEALTH_ONLY = FIXTURE.rows.filter((row) => row.type_facility === 'MH').length;
const MAPPED = LISTINGS - MENTAL_HEALTH_ONLY;

function withRow(index: number, change: Partial<LocatorRow>): string {
  const rows = FIXTURE.rows.map((row, at) => (at === index ? { ...row, ...change } : row));
  return JSON.stringify({ ...FIXTURE, rows });
}

describe.each(TEST_TARGETS)('POST /api/facilities/import on $kind', (target) => {
  let world: AccessWorld;

  beforeAll(async () => {
    world = await createAccessWorld(target);
  }, 60_000);
  afterAll(async () => {
    await world.dispose();
  });

  const importAs = (role: 'admin' | 'clinician-on-care-team', payload: object) =>
    world.request(role, { method: 'POST', url: '/api/facilities/import', payload });
  const finder = async (query: string): Promise<TFinderResponse> => {
    const response = await world.request('anonymous', { method: 'GET', url: `/api/finder/facilities?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return ZFinderResponse.parse(response.json());
  };
  const locatorFacilities = async (): Promise<number> => {
    const row = await world.scratch.db
      .selectFrom('facility')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('source', '=', 'locator')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const auditRows = (action: string) =>
    world.scratch.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('seq').execute();

  it('refuses the whole locator file when one row is bad, names that row, and stores nothing', async () => {
    const response = await importAs('admin', { format: 'locator', content: withRow(10, { state: 'XX' }) });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'INVALID_BODY',
      message: 'The import has problems; nothing was stored',
      issues: [{ path: ['rows', 10, 'state'], message: 'Must be a two-letter US state code, e.g. PA' }],
    });
    expect(await locatorFacilities()).toBe(0);
    const zip = await importAs('admin', { format: 'locator', content: withRow(1, { zip: '00000' }) });
    expect(zip.json()).toMatchObject({ issues: [{ path: ['rows', 1, 'zip'] }] });
    expect(await locatorFacilities()).toBe(0);
    expect((await auditRows('network.import')).map((row) => [row.outcome, row.reason])).toEqual([
      ['denied', 'locator import refused: 1 problems'],
      ['denied', 'locator import refused: 1 problems'],
    ]);
  });

  it('dry-runs the fixture: reports what it would create and stores nothing', async () => {
    const response = await importAs('admin', { format: 'locator', content: FIXTURE_TEXT, dryRun: true });
    expect(response.statusCode, response.body).toBe(200);
    const body = ZImportNetworkResponse.parse(response.json());
    expect(body).toMatchObject({ dryRun: true, created: MAPPED, updated: 0, unchanged: 0 });
    expect(await locatorFacilities()).toBe(0);
  });

  it(`imports the ${LISTINGS}-listing locator fixture, shows it in the finder with mapped filters, and re-imports without duplicates`, async () => {
    expect(LISTINGS).toBeGreaterThanOrEqual(50);
    const first = await importAs('admin', { format: 'locator', content: FIXTURE_TEXT });
    expect(first.statusCode, first.body).toBe(200);
    const created = ZImportNetworkResponse.parse(first.json());
    expect(created).toMatchObject({ dryRun: false, created: MAPPED, updated: 0, unchanged: 0 });
    expect(created.skipped.map((skipped) => skipped.reason)).toEqual(
      Array.from(
        { length: MENTAL_HEALTH_ONLY },
        () => 'None of its service codes is a level of care the network lists',
      ),
    );
    expect(await locatorFacilities()).toBe(MAPPED);

    // Row 0 (Philadelphia): DT, Medicaid and cash; row 7 (Richmond) came in the category-code shape.
    const detox = await finder('zip=19107&radiusMiles=5&level=medically-managed-withdrawal&payer=medicaid');
    expect(detox.items.map((item) => item.name)).toContain(
      'Example Harbor Recovery Centre (fictional) – Philadelphia site',
    );
    const match = detox.items.find((item) => item.name.startsWith('Example Harbor Recovery Centre'));
    expect(match?.matchReasons).toEqual(
      expect.arrayContaining([
        { filter: 'level', value: 'medically-managed-withdrawal' },
        { filter: 'payer', value: 'medicaid' },
      ]),
    );
    expect(
      match?.programmes.every((programme) => programme.lastVerifiedAt === null && programme.verificationStale),
    ).toBe(true);
    const php = await finder('state=VA&level=php&population=pregnant&service=transportation');
    expect(php.items.map((item) => item.city)).toEqual(['Richmond']);
    const otp = await finder('region=southeast&medication=methadone');
    expect(otp.items.length).toBeGreaterThan(0);
    expect(otp.items.every((item) => item.programmes.some((programme) => programme.otp))).toBe(true);

    // Staff add what the locator lacks; a re-import keeps it and changes nothing.
    const facilityId = match?.id ?? '';
    const stored = await getFacilityWithProgrammes(world.scratch.db, facilityId);
    const programme = stored?.programmes[0];
    expect(programme).toBeDefined();
    await updateProgramme(world.scratch.db, facilityId, programme?.id ?? '', programme?.version ?? 0, {
      kratomExperience: true,
      capacityAvailable: 4,
    });
    const second = await importAs('admin', { format: 'locator', content: FIXTURE_TEXT });
    expect(second.json()).toMatchObject({ created: 0, updated: 0, unchanged: MAPPED });
    expect(await locatorFacilities()).toBe(MAPPED);
    const kept = await getFacilityWithProgrammes(world.scratch.db, facilityId);
    expect(kept?.programmes.find((item) => item.id === programme?.id)).toMatchObject({
      kratomExperience: true,
      capacityAvailable: 4,
    });

    // A changed listing updates its facility in place.
    const renamed = await importAs('admin', {
      format: 'locator',
      content: withRow(2, { name1: 'Example Renamed (fictional)' }),
    });
    expect(renamed.json()).toMatchObject({ created: 0, updated: 1, unchanged: MAPPED - 1 });
    expect(await locatorFacilities()).toBe(MAPPED);
    expect((await auditRows('network.import')).at(-1)).toMatchObject({
      outcome: 'allowed',
      reason: `locator: 0 created, 1 updated, ${MAPPED - 1} unchanged, ${MENTAL_HEALTH_ONLY} skipped`,
    });
  }, 60_000);

  it('imports our CSV and names a bad row with its line', async () => {
    const header = 'facility_key,facility_name,street1,city,state,zip,phone,programme_name,level_of_care,payers';
    const good =
      'csv-1,Example Prairie House (fictional),1 Example Road,Omaha,NE,68102,402-555-0150,Outpatient,outpatient,medicaid';
    const bad = 'csv-2,Example Other (fictional),2 Example Road,Omaha,NE,68102,402-555-0151,IOP,iop,"medicaid;cash"';
    const refused = await importAs('admin', { format: 'csv', content: [header, good, bad].join('\r\n') });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      issues: [{ path: ['rows', 1, 'payers'], message: expect.stringMatching(/^Line 3: /) as string }],
    });
    const stored = await importAs('admin', { format: 'csv', content: [header, good].join('\r\n') });
    expect(stored.json()).toMatchObject({ created: 1, updated: 0, unchanged: 0, skipped: [] });
    const again = await importAs('admin', { format: 'csv', content: [header, good].join('\n') });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('stores one facility when the same new listing is imported twice at once', async () => {
    const content = JSON.stringify([
      {
        externalKey: 'twice-1',
        name: 'Example Twice House (fictional)',
        street1: '2 Example Road',
        city: 'Boise',
        state: 'ID',
        zip: '83702',
        phone: '208-555-0160',
        programmes: [{ name: 'Outpatient', levelOfCare: 'outpatient' }],
      },
    ]);
    const answers = await Promise.all([
      importAs('admin', { format: 'json', content }),
      importAs('admin', { format: 'json', content }),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    const counts = answers.map((answer) => ZImportNetworkResponse.parse(answer.json()));
    expect(counts.map((count) => [count.created, count.unchanged]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const stored = await world.scratch.db
      .selectFrom('facility')
      .select('id')
      .where('source', '=', 'import')
      .where('external_key', '=', 'twice-1')
      .execute();
    expect(stored).toHaveLength(1);
  });

  it('answers 404 to anyone but an admin, and audits the refusal', async () => {
    const response = await importAs('clinician-on-care-team', { format: 'json', content: '[]' });
    expect(response.statusCode).toBe(404);
    expect((await auditRows('network.import')).at(-1)).toMatchObject({ outcome: 'denied', reason: null });
  });

  it('takes a whole state export but refuses a body over 10 MiB with 413', async () => {
    const response = await importAs('admin', { format: 'locator', content: 'x'.repeat(10 * 1024 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses a body that is not an import, naming the field', async () => {
    const response = await importAs('admin', { format: 'xml', content: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ issues: [{ path: ['format'] }] });
  });
});
