import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { useChartPatient } from '../chart/use-chart-patient';
import { QueryState } from '../workspace/page-states';
import { DecisionSupportPanel } from './decision-support-panel';
import { InductionLog } from './induction-log';
import { DECISION_SUPPORT, MEDICATION_LIST, medicationPaths } from './medication-lists';
import { MedicationOrderCard } from './medication-order-card';
import { MedicationOrderForm } from './medication-order-form';
import './treatment.css';

/**
 * `/patients/:patientId/medications`: the decision-support panel, the orders with their doses given, the
 * buprenorphine induction log and the form for a new order (issue 10 §4).
 */
export function MedicationsPage() {
  const t = useT();
  const patient = useChartPatient();
  const paths = medicationPaths(patient.id);
  const orders = useApiInfiniteQuery(MEDICATION_LIST, { path: paths.orders, query: { limit: 50, order: 'desc' } });
  const panel = useApiQuery(DECISION_SUPPORT, { path: paths.panel });
  return (
    <>
      <p className="lead">{t('meds.intro')}</p>
      <DecisionSupportPanel patientId={patient.id} panel={panel} orders={orders.items} />
      {panel.data === undefined ? null : <InductionLog entries={panel.data.inductionLog} />}
      <section className="ws-section" aria-labelledby="orders-title">
        <h2 id="orders-title">{t('meds.orders.title')}</h2>
        <QueryState
          query={{ ...orders, data: orders.data === undefined ? undefined : orders.items }}
          emptyText={t('meds.orders.empty')}
          isEmpty={(items) => items.length === 0}
        >
          {(items) => (
            <>
              <ul className="meds-orders">
                {items.map((order) => (
                  <MedicationOrderCard key={order.id} patientId={patient.id} order={order} />
                ))}
              </ul>
              {orders.hasNextPage ? (
                <button
                  className="button button--secondary"
                  type="button"
                  disabled={orders.isFetchingNextPage}
                  onClick={() => void orders.fetchNextPage()}
                >
                  {t('meds.orders.more')}
                </button>
              ) : null}
            </>
          )}
        </QueryState>
        <MedicationOrderForm patientId={patient.id} />
      </section>
    </>
  );
}
