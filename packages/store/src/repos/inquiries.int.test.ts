import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createFacility } from './facilities.js';
import { appendInquiryActivity, listInquiryActivity } from './inquiry-activity.js';
import { recordInquiryDisclosure } from './inquiry-disclosures.js';
import { inquiryReportCounts } from './inquiry-reports.js';
import { getInquiry, insertInquiry, listInquiryQueue, updateInquiry, type NewInquiry } from './inquiries.js';

const T0 = '2026-12-01T09:00:00.000Z';

function inquiry(id: string, facilityId: string, minute: number): NewInquiry {
  return {
    id,
    reference: `KC-TEST-${id.padStart(4, '0').slice(-4).toUpperCase()}`,
    facilityId,
    name: 'Robin (fictional)',
    phone: '215-555-0101',
    email: null,
    bestTime: 'any',
    forWhom: 'self',
    zip: '19104',
    state: null,
    payer: { kind: 'medicaid', insurer: null, memberId: null },
    levelOfCare: minute % 2 === 0 ? 'iop' : null,
    requestedFacilityId: null,
    needs: ['transport'],
    routedToFamilyProgramme: false,
    routedBy: 'nearest',
    selfCheckSummary: null,
    consentToContactAt: T0,
    submittedAt: new Date(Date.parse(T0) + minute * 60_000).toISOString(),
    referredFromId: null,
  };
}

describe.each(scratchTargets(process.env.DATABASE_URL))('inquiries on $kind', (target) => {
  let scratch: ScratchDatabase;
  let facilityA: string;
  let facilityB: string;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    facilityA = (
      await createFacility(scratch.db, { name: 'Example Recovery Centre (fictional)', region: 'x', address: '' })
    ).id;
    facilityB = (await createFacility(scratch.db, { name: 'Sample House (fictional)', region: 'x', address: '' })).id;
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('stores a request and reads it back with its JSON fields', async () => {
    const stored = await insertInquiry(scratch.db, inquiry('a1', facilityA, 0));
    expect(stored.status).toBe('new');
    expect(await getInquiry(scratch.db, 'a1')).toEqual(stored);
    expect(stored.payer).toEqual({ kind: 'medicaid', insurer: null, memberId: null });
    expect(stored.needs).toEqual(['transport']);
  });

  it('pages one facility queue oldest first, by status, open or all', async () => {
    for (let minute = 0; minute < 5; minute += 1) {
      await insertInquiry(scratch.db, inquiry(`a${minute}`, facilityA, 10 - minute));
    }
    await insertInquiry(scratch.db, inquiry('b0', facilityB, 0));
    await updateInquiry(scratch.db, 'a0', 1, { status: 'closed', open: false, closeReason: 'Duplicate' }, T0);

    const first = await listInquiryQueue(scratch.db, [facilityA], { kind: 'all' }, { limit: 2 });
    expect(first.rows.map((row) => row.id)).toEqual(['a4', 'a3']);
    const second = await listInquiryQueue(
      scratch.db,
      [facilityA],
      { kind: 'all' },
      { limit: 2, cursor: first.nextCursor },
    );
    expect(second.rows.map((row) => row.id)).toEqual(['a2', 'a1']);
    const open = await listInquiryQueue(scratch.db, [facilityA], { kind: 'open' }, { limit: 10 });
    expect(open.rows.map((row) => row.id)).toEqual(['a4', 'a3', 'a2', 'a1']);
    const closed = await listInquiryQueue(scratch.db, [facilityA], { kind: 'status', status: 'closed' }, { limit: 10 });
    expect(closed.rows.map((row) => row.id)).toEqual(['a0']);
    expect((await listInquiryQueue(scratch.db, [], { kind: 'all' }, { limit: 10 })).rows).toEqual([]);
  });

  it('refuses a stale version and a closed request without a reason', async () => {
    await insertInquiry(scratch.db, inquiry('a1', facilityA, 0));
    expect(await updateInquiry(scratch.db, 'a1', 2, { status: 'contacted' }, T0)).toBe('stale');
    const moved = await updateInquiry(scratch.db, 'a1', 1, { status: 'contacted', firstContactAt: T0 }, T0);
    expect(moved).toMatchObject({ status: 'contacted', version: 2, firstContactAt: T0 });
    await expect(updateInquiry(scratch.db, 'a1', 2, { status: 'closed', open: false }, T0)).rejects.toThrow();
  });

  it('keeps the activity log and the referrals append-only', async () => {
    const userId = await insertTestUser(scratch.db, { name: 'Casey Coordinator' });
    await insertInquiry(scratch.db, inquiry('a1', facilityA, 0));
    await appendInquiryActivity(scratch.db, {
      inquiryId: 'a1',
      kind: 'status',
      toStatus: 'new',
      actorUserId: null,
      at: T0,
    });
    await appendInquiryActivity(scratch.db, {
      inquiryId: 'a1',
      kind: 'call',
      text: 'Left a message',
      actorUserId: userId,
      at: T0,
    });
    const log = await listInquiryActivity(scratch.db, 'a1');
    expect(log.map((entry) => [entry.kind, entry.actorName])).toEqual(
      expect.arrayContaining([
        ['status', null],
        ['call', 'Casey Coordinator'],
      ]),
    );
    await expect(scratch.db.deleteFrom('inquiry_activity').execute()).rejects.toThrow(/append-only/);
    await recordInquiryDisclosure(scratch.db, {
      inquiryId: 'a1',
      recipientKind: 'network-facility',
      recipientFacilityId: facilityB,
      recipientName: 'Sample House (fictional)',
      summary: 'Asked for IOP near Philadelphia',
      consentToContactAt: T0,
      consentConfirmedBy: null,
      actorUserId: userId,
      occurredAt: T0,
      requestId: 'req-1',
    });
    await expect(scratch.db.updateTable('inquiry_disclosure').set({ summary: 'x' }).execute()).rejects.toThrow(
      /append-only/,
    );
    // An outside provider only with the person's recorded agreement.
    await expect(
      recordInquiryDisclosure(scratch.db, {
        inquiryId: 'a1',
        recipientKind: 'outside-provider',
        recipientFacilityId: null,
        recipientName: 'Elsewhere Clinic (fictional)',
        summary: 'x',
        consentToContactAt: T0,
        consentConfirmedBy: null,
        actorUserId: userId,
        occurredAt: T0,
        requestId: 'req-2',
      }),
    ).rejects.toThrow();
  });

  it('counts the funnel, contact times and conversion per level and facility', async () => {
    await insertInquiry(scratch.db, inquiry('a0', facilityA, 0));
    await insertInquiry(scratch.db, inquiry('a1', facilityA, 1));
    await insertInquiry(scratch.db, inquiry('b0', facilityB, 2));
    for (const id of ['a0', 'a1', 'b0']) {
      await appendInquiryActivity(scratch.db, {
        inquiryId: id,
        kind: 'status',
        toStatus: 'new',
        actorUserId: null,
        at: T0,
      });
    }
    await updateInquiry(
      scratch.db,
      'a0',
      1,
      { status: 'admitted', open: false, firstContactAt: '2026-12-01T09:30:00.000Z' },
      T0,
    );
    await appendInquiryActivity(scratch.db, {
      inquiryId: 'a0',
      kind: 'status',
      fromStatus: 'new',
      toStatus: 'admitted',
      actorUserId: null,
      at: T0,
    });

    const counts = await inquiryReportCounts(scratch.db, { facilityIds: [facilityA] });
    expect(Object.fromEntries(counts.current)).toEqual({ new: 1, admitted: 1 });
    expect(Object.fromEntries(counts.reached)).toEqual({ new: 2, admitted: 1 });
    expect(counts.contactTimes).toEqual([{ submittedAt: T0, firstContactAt: '2026-12-01T09:30:00.000Z' }]);
    expect(counts.byLevel).toEqual(
      expect.arrayContaining([
        { key: 'iop', name: null, inquiries: 1, admitted: 1 },
        { key: null, name: null, inquiries: 1, admitted: 0 },
      ]),
    );
    expect(counts.byFacility).toEqual([
      { key: facilityA, name: 'Example Recovery Centre (fictional)', inquiries: 2, admitted: 1 },
    ]);
    const later = await inquiryReportCounts(scratch.db, {
      facilityIds: [facilityA, facilityB],
      from: '2026-12-01T09:01:00.000Z',
    });
    expect(later.byFacility.map((row) => [row.name, row.inquiries])).toEqual([
      ['Example Recovery Centre (fictional)', 1],
      ['Sample House (fictional)', 1],
    ]);
  });
});
