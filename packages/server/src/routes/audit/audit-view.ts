import type { TAuditEvent } from '@kratom-care/contracts';
import type { AuditEventRecord } from '@kratom-care/store';

/**
 * @param record - A stored audit row.
 * @returns The API view: the chain hashes stay inside.
 */
export function toAuditView(record: AuditEventRecord): TAuditEvent {
  const { prevHash, hash, ...view } = record;
  return view;
}
