import type { TMedication, TMedicationRequest } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useI18n } from '../../i18n/use-t';
import { RequestError } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { ConfirmGroup } from '../workspace/confirm-group';
import { AdministrationForm } from './administration-form';
import { AdministrationsList } from './administrations-list';
import { MEDICATION_RECORD, medicationPaths } from './medication-lists';
import { MedicationOrderForm } from './medication-order-form';
import { NaltrexoneOverridesList } from './naltrexone-overrides-list';

/** @returns The order's name as a clinician reads it: the medicine, and a symptomatic medicine's own name. */
export function useOrderName(): (order: Pick<TMedication, 'drug' | 'name'>) => string {
  const { t } = useI18n();
  return (order) =>
    order.name === undefined ? t(`meds.drug.${order.drug}`) : `${t(`meds.drug.${order.drug}`)}: ${order.name}`;
}

/**
 * One order: what, how much, by which route, its status and who ordered it; "Edit" and "Stop" (both a
 * `PUT` with `If-Match`; stopping asks first and keeps the doses given); and the doses given under it with
 * the form to record one.
 */
export function MedicationOrderCard({ patientId, order }: { readonly patientId: string; readonly order: TMedication }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const orderName = useOrderName();
  const paths = medicationPaths(patientId);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-stop'>('view');
  const [stopped, setStopped] = useState(false);
  const stop = useApiMutation(
    MEDICATION_RECORD,
    (body: TMedicationRequest) => ({
      method: 'PUT',
      path: paths.order(order.id),
      body,
      headers: { 'If-Match': `"${String(order.version)}"` },
    }),
    { invalidates: [paths.orders, paths.panel, paths.monitoring] },
  );
  const titleId = `order-${order.id}-name`;
  // Stopping sends the order back unchanged but for its status.
  const request = {
    drug: order.drug,
    ...(order.name === undefined ? {} : { name: order.name }),
    dose: order.dose,
    unit: order.unit,
    route: order.route,
    orderedAt: order.orderedAt,
    orderedBy: order.orderedBy,
  };
  return (
    <li className="workspace-card meds-order" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {orderName(order)}{' '}
        <span className={`ws-status ws-status--${order.orderStatus === 'active' ? 'active' : 'disabled'}`}>
          {t(`meds.status.${order.orderStatus}`)}
        </span>
      </h3>
      <p>
        {t('meds.order.summary', {
          dose: formatNumber(order.dose),
          unit: t(`meds.unit.${order.unit}`),
          route: t(`meds.route.${order.route}`),
        })}
      </p>
      <p className="ws-muted">
        {t('meds.order.meta', {
          when: formatDateTime(new Date(order.orderedAt), { dateStyle: 'medium', timeStyle: 'short' }),
          by: order.orderedBy,
        })}
      </p>
      {stopped ? (
        <Notice tone="success" live>
          <p>{t('meds.order.stopped')}</p>
        </Notice>
      ) : null}
      {stop.error?.status === 412 ? (
        <Notice tone="warning" live>
          <p>{t('meds.order.stale')}</p>
        </Notice>
      ) : null}
      {stop.error !== null && stop.error.status !== 412 ? <RequestError error={stop.error} /> : null}
      {mode === 'view' ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setMode('edit');
            }}
          >
            {t('meds.order.edit')}
            <span className="visually-hidden"> {orderName(order)}</span>
          </button>
          {order.orderStatus === 'active' ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setMode('confirm-stop');
              }}
            >
              {t('meds.order.stop')}
              <span className="visually-hidden"> {orderName(order)}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'confirm-stop' ? (
        <ConfirmGroup
          label={`${t('meds.order.stop')}: ${orderName(order)}`}
          text={t('meds.order.stopConfirm')}
          yes={t('meds.order.stopYes')}
          no={t('meds.order.cancel')}
          danger
          onYes={() => {
            void stop.mutateAsync({ ...request, status: 'stopped' }).then(
              () => {
                setStopped(true);
                setMode('view');
              },
              () => {
                setMode('view');
              },
            );
          }}
          onNo={() => {
            setMode('view');
          }}
        />
      ) : null}
      {mode === 'edit' ? (
        <MedicationOrderForm
          patientId={patientId}
          order={order}
          onDone={() => {
            setMode('view');
          }}
        />
      ) : null}
      {order.drug === 'naltrexone' ? <NaltrexoneOverridesList patientId={patientId} orderId={order.id} /> : null}
      <details className="meds-given">
        <summary>{t('meds.given.show')}</summary>
        <h4>{t('meds.given.title')}</h4>
        <AdministrationsList patientId={patientId} order={order} />
        <AdministrationForm patientId={patientId} order={order} />
      </details>
    </li>
  );
}
