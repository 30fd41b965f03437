import { TREATMENT_SOURCES, type TreatmentSourceId } from '@kratom-care/domain';
import type { TDecisionSupportResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-t';
import { NaltrexoneOverrideForm } from './naltrexone-override-form';
import { inputLabel, panelValue, panelVars } from './panel-text';

type Item = TDecisionSupportResponse['items'][number];

interface ItemProps {
  readonly patientId: string;
  readonly item: Item;
  /** The name of the order the item is about, when it is about one. */
  readonly orderName: string | null;
}

function citation(id: string): string {
  return id in TREATMENT_SOURCES ? TREATMENT_SOURCES[id as TreatmentSourceId].citation : id;
}

/**
 * One panel item: how strongly it asks for attention in words (not colour alone), its text and notes,
 * and behind "Rule, inputs and sources" the rule id and version, every input it read, the records
 * behind them and the citations. A naltrexone block offers "Override with a reason"; nothing here
 * orders, gives or withholds a medicine.
 */
export function DecisionSupportItemView({ patientId, item, orderName }: ItemProps) {
  const { t, formatDateTime } = useI18n();
  const [overriding, setOverriding] = useState(false);
  const formatTime = (date: Date) => formatDateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const titleId = `ds-${item.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const canOverride = item.kind === 'naltrexone-washout' && item.severity === 'block' && item.orderId !== null;
  return (
    <li className={`ds-item ds-item--${item.severity}`} aria-labelledby={titleId}>
      <h4 id={titleId}>
        <span className="ds-item__severity">{t(`meds.panel.severity.${item.severity}`)}</span>{' '}
        {t(`meds.panel.kind.${item.kind}`, { drug: orderName ?? '' })}
      </h4>
      {orderName === null ? null : <p className="ws-muted">{t('meds.panel.forOrder', { order: orderName })}</p>}
      <p className="ds-item__message">{t(item.messageKey, panelVars(item.values, t, formatTime))}</p>
      {item.notes.length === 0 ? null : (
        <ul className="ds-item__notes">
          {item.notes.map((note) => (
            <li key={note.key}>{t(note.key, panelVars(note.values, t, formatTime))}</li>
          ))}
        </ul>
      )}
      <details className="ds-item__details">
        <summary>{t('meds.panel.details')}</summary>
        <dl>
          <dt>{t('meds.panel.rule')}</dt>
          <dd>{t('meds.panel.ruleValue', { id: item.ruleId, version: item.ruleVersion })}</dd>
          <dt>{t('meds.panel.inputs')}</dt>
          <dd>
            <ul>
              {Object.entries(item.inputs).map(([key, value]) => (
                <li key={key}>
                  {inputLabel(key)}: {panelValue(key, value, t, formatTime)}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('meds.panel.basis')}</dt>
          <dd>{item.basis.length === 0 ? t('meds.panel.value.none') : item.basis.join(', ')}</dd>
          <dt>{t('meds.panel.sources')}</dt>
          <dd>
            <ul>
              {item.sourceIds.map((id) => (
                <li key={id} className="citation">
                  {citation(id)}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </details>
      {canOverride && item.orderId !== null && overriding ? (
        <NaltrexoneOverrideForm
          patientId={patientId}
          orderId={item.orderId}
          onDone={() => {
            setOverriding(false);
          }}
        />
      ) : null}
      {canOverride && !overriding ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setOverriding(true);
            }}
          >
            {t('meds.override.action')}
            {orderName === null ? null : <span className="visually-hidden"> {orderName}</span>}
          </button>
        </div>
      ) : null}
    </li>
  );
}
