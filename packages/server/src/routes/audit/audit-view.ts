import type { TAuditEvent } from '@kratom-care/contracts';
import type { AuditEventWithNames } from '@kratom-care/store';

/**
 * @param record - A stored audit row with the names of its actor and patient.
 * @returns The API view: the chain hashes stay inside.
 */
export function toAuditView(record: AuditEventWithNames): TAuditEvent {
  const { prevHash, hash, ...view } = record;
  return view;
}
