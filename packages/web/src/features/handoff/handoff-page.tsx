import { ZHandoffSummary, type TSummaryDisclosureResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { useChartPatient } from '../chart/use-chart-patient';
import { QueryState } from '../workspace/page-states';
import { DisclosureForm } from './disclosure-form';
import { HandoffDocument } from './handoff-document';
import './handoff.css';

/**
 * `/patients/:patientId/summary`: the hand-off summary for a referral (issue 10 §9). The care team's
 * copy is one request (`GET …/summary`); "Print / Save as PDF" prints only the summary (handoff.css);
 * sending it to an outside provider records a disclosure and shows the copy sent, which then prints.
 */
export function HandoffPage() {
  const { t, formatDateTime } = useI18n();
  const patient = useChartPatient();
  const summary = useApiQuery(ZHandoffSummary, { path: `/api/patients/${encodeURIComponent(patient.id)}/summary` });
  const [sent, setSent] = useState<TSummaryDisclosureResponse | null>(null);
  return (
    <div className="handoff">
      <section className="handoff__actions" aria-labelledby="handoff-actions-title">
        <h2 id="handoff-actions-title">{t('handoff.actions.title')}</h2>
        <p>{t('handoff.actions.intro')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            {t('handoff.print')}
          </button>
        </div>
        <DisclosureForm patientId={patient.id} onSent={setSent} />
      </section>
      {sent === null ? (
        <QueryState query={summary} emptyText="">
          {(data) => <HandoffDocument summary={data} />}
        </QueryState>
      ) : (
        <>
          <div className="handoff__actions">
            <Notice tone="success" live>
              <p>
                {t('handoff.send.done', {
                  recipient: sent.disclosure.recipientName,
                  when: formatDateTime(new Date(sent.disclosure.occurredAt), {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setSent(null);
                }}
              >
                {t('handoff.send.showOwn')}
              </button>
            </Notice>
          </div>
          <HandoffDocument
            summary={sent.summary}
            preparedFor={{
              recipient: sent.disclosure.recipientName,
              purpose: sent.disclosure.purpose,
              consent: sent.consent,
            }}
          />
        </>
      )}
    </div>
  );
}
