import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createFacility } from './facilities.js';
import { listFacilityUsers } from './facility-users.js';
import { addMembership } from './memberships.js';

/** Fictional staff of one clinic, and one person elsewhere. */
const PEOPLE = [
  { id: 'u-river', name: 'Dr River Testclinician', email: 'river.test@example.test', facility: 'fac-a' },
  { id: 'u-mary', name: 'Mary-Jane Testnurse', email: 'mj@example.test', facility: 'fac-a' },
  { id: 'u-fifty', name: 'Fifty Percent', email: '50%off@example.test', facility: 'fac-a' },
  { id: 'u-fifth', name: 'Fifth Person', email: '50x@example.test', facility: 'fac-a' },
  { id: 'u-rivet', name: 'Rivet Elsewhere', email: 'rivet@example.test', facility: 'fac-b' },
];

describe.each(scratchTargets(process.env.DATABASE_URL))('the user search on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase(target);
    for (const id of ['fac-a', 'fac-b']) {
      await createFacility(scratch.db, { id, name: `Fictional ${id}`, region: 'Test', address: '1 Test St' });
    }
    for (const person of PEOPLE) {
      await insertTestUser(scratch.db, person);
      await addMembership(scratch.db, { userId: person.id, facilityId: person.facility, role: 'clinician' });
    }
  });

  afterAll(async () => {
    await scratch.dispose();
  });

  async function search(q: string): Promise<string[]> {
    const filter = { memberOf: ['fac-a'], rolesAt: ['fac-a'], at: '2026-11-28T12:00:00.000Z', q };
    return (await listFacilityUsers(scratch.db, filter, { limit: 100 })).rows.map((user) => user.id);
  }

  it('finds an email by its start, in any case, and only at the facility', async () => {
    expect(await search('RIVER.T')).toEqual(['u-river']);
    expect(await search('river.test@example')).toEqual(['u-river']);
    // Only a start: the middle of an address is not a match (that needed a full scan).
    expect(await search('test@example')).toEqual([]);
  });

  it('finds a name by the start of any of its words, hyphenated ones too', async () => {
    expect(await search('riv')).toEqual(['u-river']);
    expect(await search('testcl')).toEqual(['u-river']);
    expect(await search('jane')).toEqual(['u-mary']);
    expect(await search('dr river')).toEqual(['u-river']);
    expect(await search('iver')).toEqual([]);
  });

  it('treats LIKE wildcards in the text as plain characters', async () => {
    expect(await search('50%')).toEqual(['u-fifty']);
    expect(await search('50_')).toEqual([]);
    expect(await search('%')).toEqual([]);
  });
});
