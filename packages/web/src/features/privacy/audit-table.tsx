import type { TAuditEvent } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import type { Chosen } from './audit-query';

interface AuditTableProps {
  readonly events: readonly TAuditEvent[];
  /** "Only this patient": narrows the log to the patient of a row. */
  readonly onPatient: (patient: Chosen) => void;
}

/** Audit rows with names in every row (person, role, patient); ids stay out of sight but in the query. */
export function AuditTable({ events, onPatient }: AuditTableProps) {
  const { t, formatDateTime } = useI18n();
  const role = (name: string | null): string => (name === null ? '' : t(`role.${name}`));
  const columns: readonly DataColumn<TAuditEvent>[] = [
    {
      id: 'at',
      header: t('audit.col.at'),
      // Date and time on their own lines: the column stays narrow and neither part is split.
      cell: (event) => (
        <>
          <span className="ws-nowrap">{formatDateTime(new Date(event.at), { dateStyle: 'medium' })}</span>{' '}
          <span className="ws-nowrap">{formatDateTime(new Date(event.at), { timeStyle: 'medium' })}</span>
        </>
      ),
    },
    {
      id: 'actor',
      header: t('audit.col.actor'),
      cell: (event) => (
        <>
          {event.actorName ?? (event.actorUserId === null ? t('audit.nobody') : t('frame.unknownPerson'))}
          {event.actorRole === null ? null : <span className="ws-muted"> · {role(event.actorRole)}</span>}
        </>
      ),
    },
    { id: 'action', header: t('audit.col.action'), cell: (event) => <code>{event.action}</code> },
    {
      id: 'patient',
      header: t('audit.col.patient'),
      cell: (event) =>
        event.patientId === null ? (
          ''
        ) : (
          <button
            className="ws-link-button"
            type="button"
            aria-label={t('audit.onlyPatient', { name: event.patientName ?? t('frame.unknownPerson') })}
            onClick={() => {
              onPatient({ id: event.patientId ?? '', name: event.patientName ?? t('frame.unknownPerson') });
            }}
          >
            {event.patientName ?? t('frame.unknownPerson')}
          </button>
        ),
    },
    { id: 'resource', header: t('audit.col.resource'), cell: (event) => event.resourceType },
    { id: 'outcome', header: t('audit.col.outcome'), cell: (event) => t(`audit.outcome.${event.outcome}`) },
    {
      id: 'breakGlass',
      header: t('audit.col.breakGlass'),
      cell: (event) => (event.breakGlass ? t('common.yes') : t('common.no')),
    },
  ];
  return (
    <DataTable
      caption={t('audit.resultsTitle')}
      captionHidden
      columns={columns}
      rows={events}
      rowKey={(event) => event.id}
    />
  );
}
