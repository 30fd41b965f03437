import type { TDecisionSupportResponse, TMedication } from '@kratom-care/contracts';
import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { QueryState } from '../workspace/page-states';
import { DecisionSupportItemView } from './decision-support-item-view';
import { useOrderName } from './medication-order-card';

interface PanelProps {
  readonly patientId: string;
  /** The panel read (shared with the induction log: one request). */
  readonly panel: {
    readonly data: TDecisionSupportResponse | undefined;
    readonly error: ApiError | null;
    readonly isPending: boolean;
    readonly refetch: () => unknown;
  };
  /** The orders shown on the tab, to name the order an item is about. */
  readonly orders: readonly TMedication[];
}

/**
 * The medication decision-support panel (clinical reference §7, Appendix C.2): first the facts the
 * rules had to treat as unknown, then every item, blocks first, each with its rule, inputs and sources.
 * Clinicians only; it suggests, and nothing on it becomes an order.
 */
export function DecisionSupportPanel({ patientId, panel, orders }: PanelProps) {
  const { t, formatDateTime } = useI18n();
  const orderName = useOrderName();
  const byId = new Map(orders.map((order) => [order.id, order]));
  return (
    <section className="ws-section ds-panel" aria-labelledby="ds-title">
      <h2 id="ds-title">{t('meds.panel.title')}</h2>
      <QueryState query={panel} emptyText={t('meds.panel.empty')}>
        {(data) => (
          <>
            <Notice>
              <p>{t(data.disclaimerKey)}</p>
              <p className="ws-muted">
                {t('meds.panel.at', {
                  when: formatDateTime(new Date(data.at), { dateStyle: 'medium', timeStyle: 'short' }),
                })}
              </p>
            </Notice>
            {data.notRecorded.length === 0 ? null : (
              <Notice tone="warning">
                <p className="notice__title">{t('meds.panel.notRecorded')}</p>
                <p>{t('meds.panel.notRecordedIntro')}</p>
                <ul>
                  {data.notRecorded.map((fact) => (
                    <li key={fact}>{t(`meds.panel.notRecorded.${fact}`)}</li>
                  ))}
                </ul>
              </Notice>
            )}
            {data.items.length === 0 ? (
              <p>{t('meds.panel.empty')}</p>
            ) : (
              <ul className="ds-items">
                {data.items.map((item) => {
                  const order = item.orderId === null ? undefined : byId.get(item.orderId);
                  return (
                    <DecisionSupportItemView
                      key={item.id}
                      patientId={patientId}
                      item={item}
                      orderName={order === undefined ? null : orderName(order)}
                    />
                  );
                })}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
