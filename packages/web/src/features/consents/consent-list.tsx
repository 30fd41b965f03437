import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import { asApiError, type ApiError } from '../../api/api-error';
import { ZConsentResponse, type TConsent as Consent } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { RequestError } from '../account/form/request-error';
import { consentStatus } from './consent-status';

/** @returns Who a consent names, in words. */
function recipientOf(t: (key: string) => string, consent: Consent): string {
  const who = consent.recipientName ?? consent.recipientEmail ?? '';
  const kind = t(`consents.kind.${consent.recipientKind}`);
  return who === '' ? kind : `${kind}: ${who}`;
}

interface ConsentListProps {
  readonly consents: readonly Consent[];
  readonly onRevoked: () => void;
}

/** The consents as a table; an active one can be revoked after a confirmation step. */
export function ConsentList({ consents, onRevoked }: ConsentListProps) {
  const { t, formatDateTime } = useI18n();
  const api = useApiClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [now] = useState(() => new Date());
  const date = (iso: string): string => formatDateTime(new Date(iso), { dateStyle: 'medium' });

  const revoke = async (id: string): Promise<void> => {
    try {
      await api.request(
        { method: 'POST', path: `/api/me/consents/${encodeURIComponent(id)}/revoke` },
        ZConsentResponse,
      );
      setConfirming(null);
      setError(null);
      onRevoked();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <>
      {error === null ? null : <RequestError error={error} />}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('consents.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consents.col.recipient')}</th>
              <th scope="col">{t('consents.col.categories')}</th>
              <th scope="col">{t('consents.col.purpose')}</th>
              <th scope="col">{t('consents.col.expires')}</th>
              <th scope="col">{t('consents.col.status')}</th>
              <th scope="col">{t('consents.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent) => {
              const status = consentStatus(consent, now);
              const who = recipientOf(t, consent);
              return (
                <tr key={consent.id}>
                  <td>{who}</td>
                  <td>{consent.categories.map((category) => t(`consents.category.${category}`)).join(', ')}</td>
                  <td>{consent.purpose}</td>
                  <td>{consent.expiresAt === null ? (consent.expiryEvent ?? '') : date(consent.expiresAt)}</td>
                  <td>{t(`consents.status.${status}`)}</td>
                  <td>
                    {status === 'active' && confirming === consent.id ? (
                      <div role="group" aria-label={t('consents.confirmLabel', { who })}>
                        <p>{t('consents.confirmText', { who })}</p>
                        <button className="button button--danger" type="button" onClick={() => void revoke(consent.id)}>
                          {t('consents.confirmRevoke')}
                        </button>{' '}
                        <button
                          className="button button--secondary"
                          type="button"
                          onClick={() => {
                            setConfirming(null);
                          }}
                        >
                          {t('common.cancel')}
                        </button>
                      </div>
                    ) : null}
                    {status === 'active' && confirming !== consent.id ? (
                      <button
                        className="button button--secondary"
                        type="button"
                        aria-label={t('consents.revokeFor', { who })}
                        onClick={() => {
                          setConfirming(consent.id);
                        }}
                      >
                        {t('consents.revoke')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
