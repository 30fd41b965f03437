import { auditKeyFrom, type AuditKey } from '../audit/audit-hash.js';

/**
 * A fixed, obviously fictional audit key for tests (decision 0012); `variant` gives distinct keys
 * for rotation tests. Never used outside tests: the server's key comes from `AUDIT_KEY` or its
 * keys file.
 *
 * @param variant - Any small number; the same variant always gives the same key.
 * @returns The key.
 */
export function testAuditKey(variant = 0): AuditKey {
  return auditKeyFrom(Buffer.from(`kratom-care test audit key #${String(variant).padStart(4, '0')}`));
}
