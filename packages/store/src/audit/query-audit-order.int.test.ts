import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testAuditKey } from '../testing/audit-key.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { appendAudit } from './append-audit.js';
import type { AuditEventInput } from './audit-record.js';
import { queryAudit } from './query-audit.js';

const EVENT: AuditEventInput = {
  actorUserId: 'clinician-1',
  actorRole: 'clinician',
  action: 'patient.read',
  patientId: 'patient-1',
  resourceType: 'patient',
  outcome: 'allowed',
  requestId: 'req-1',
  clientIp: '127.0.0.1',
};

const at = (minute: number): string => `2026-11-28T12:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(scratchTargets(process.env.DATABASE_URL))('audit search order on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('lists newest first by time, then by seq, and pages by that pair (the order its indexes serve)', async () => {
    // Appended out of time order (rows of concurrent requests are chained in the order they commit).
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'late', at: at(30) });
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'early', at: at(10) });
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'same-1', at: at(20) });
    await appendAudit(scratch.db, testAuditKey(), { ...EVENT, id: 'same-2', at: at(20) });
    const expected = ['late', 'same-2', 'same-1', 'early'];

    expect((await queryAudit(scratch.db, {}, { limit: 10 })).rows.map((row) => row.id)).toEqual(expected);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queryAudit(scratch.db, { actorUserId: 'clinician-1' }, { limit: 1, cursor });
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(expected);
    const window = await queryAudit(scratch.db, { from: at(10), to: at(30) }, { limit: 10 });
    expect(window.rows.map((row) => row.id)).toEqual(['same-2', 'same-1', 'early']);
  });
});
