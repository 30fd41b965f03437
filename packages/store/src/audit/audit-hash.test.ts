import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  AUDIT_GENESIS_HASH,
  auditKeyFrom,
  auditRowHash,
  canonicalAuditJson,
  unkeyedAuditRowHash,
  type AuditContent,
} from './audit-hash.js';
import { testAuditKey } from '../testing/audit-key.js';

const KEY = testAuditKey();

const CONTENT: AuditContent = {
  seq: 1,
  id: 'event-1',
  at: '2026-11-28T16:00:00.000Z',
  actor_user_id: 'u1',
  actor_role: 'clinician',
  actor_facility_id: null,
  action: 'patient.read',
  patient_id: 'p1',
  resource_type: 'patient',
  resource_id: 'p1',
  outcome: 'allowed',
  break_glass: 0,
  reason: null,
  request_id: 'r1',
  client_ip: '127.0.0.1',
};

describe('audit row hash', () => {
  it('serialises the content with sorted column names whatever the key order', () => {
    const reversed = Object.fromEntries(Object.entries(CONTENT).reverse()) as unknown as AuditContent;
    expect(canonicalAuditJson(reversed)).toBe(canonicalAuditJson(CONTENT));
    expect(canonicalAuditJson(CONTENT).startsWith('{"action":"patient.read","actor_facility_id":null,')).toBe(true);
  });

  it('ignores the chain columns and any column outside the hashed set', () => {
    const withExtras = { ...CONTENT, prev_hash: 'x', hash: 'y', added_later: 'z' } as AuditContent;
    expect(canonicalAuditJson(withExtras)).toBe(canonicalAuditJson(CONTENT));
  });

  it('depends on the previous hash and on every content field', () => {
    const base = auditRowHash(KEY, AUDIT_GENESIS_HASH, CONTENT);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHash(KEY, '1'.repeat(64), CONTENT)).not.toBe(base);
    expect(auditRowHash(KEY, AUDIT_GENESIS_HASH, { ...CONTENT, seq: 2 })).not.toBe(base);
    expect(auditRowHash(KEY, AUDIT_GENESIS_HASH, { ...CONTENT, break_glass: 1 })).not.toBe(base);
  });

  it('is keyed: another key gives another hash, and the plain SHA-256 anyone can compute is not it', () => {
    const keyed = auditRowHash(KEY, AUDIT_GENESIS_HASH, CONTENT);
    expect(auditRowHash(testAuditKey(1), AUDIT_GENESIS_HASH, CONTENT)).not.toBe(keyed);
    const plain = createHash('sha256').update(AUDIT_GENESIS_HASH).update(canonicalAuditJson(CONTENT)).digest('hex');
    expect(keyed).not.toBe(plain);
    expect(unkeyedAuditRowHash(AUDIT_GENESIS_HASH, CONTENT)).toBe(plain);
  });

  it('names a key by a stable fingerprint that is not the secret, and refuses short keys', () => {
    const secret = Buffer.alloc(32, 7);
    expect(auditKeyFrom(secret).id).toMatch(/^[0-9a-f]{16}$/);
    expect(auditKeyFrom(secret).id).toBe(auditKeyFrom(Buffer.alloc(32, 7)).id);
    expect(auditKeyFrom(secret).id).not.toBe(testAuditKey().id);
    expect(secret.toString('hex')).not.toContain(auditKeyFrom(secret).id);
    expect(() => auditKeyFrom(Buffer.alloc(31))).toThrow('at least 32 bytes');
  });
});
