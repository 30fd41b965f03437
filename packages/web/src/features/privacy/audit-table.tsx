import type { TAuditEvent as AuditEvent } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';

/** Audit rows as a table; identifiers are shown whole because investigations search by them. */
export function AuditTable({ events }: { readonly events: readonly AuditEvent[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('audit.resultsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.at')}</th>
            <th scope="col">{t('audit.col.actor')}</th>
            <th scope="col">{t('audit.col.action')}</th>
            <th scope="col">{t('audit.col.patient')}</th>
            <th scope="col">{t('audit.col.resource')}</th>
            <th scope="col">{t('audit.col.outcome')}</th>
            <th scope="col">{t('audit.col.breakGlass')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(new Date(event.at), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
              <td>
                {event.actorUserId ?? t('audit.nobody')}
                {event.actorRole === null ? '' : ` (${event.actorRole})`}
              </td>
              <td>{event.action}</td>
              <td>{event.patientId ?? ''}</td>
              <td>
                {event.resourceType}
                {event.resourceId === null ? '' : ` ${event.resourceId}`}
              </td>
              <td>{event.outcome}</td>
              <td>{event.breakGlass ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
