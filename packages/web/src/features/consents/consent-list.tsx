import { ZConsentResponse, type TConsent } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { RequestError } from '../../ui/form';
import { recipientOf } from './consent-recipient';
import { consentStatus } from './consent-status';

interface ConsentListProps {
  readonly consents: readonly TConsent[];
  readonly onRevoked: () => void;
}

/**
 * The consents as the workspace table (cards on a phone): who, what, why, until when, and the
 * status, with the revocation date for a revoked one. An active one can be revoked after a
 * confirmation step.
 */
export function ConsentList({ consents, onRevoked }: ConsentListProps) {
  const { t, formatDateTime } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [now] = useState(() => new Date());
  const revoke = useApiMutation(
    ZConsentResponse,
    (id: string) => ({ method: 'POST', path: `/api/me/consents/${encodeURIComponent(id)}/revoke` }),
    { invalidates: ['/api/me/consents'] },
  );
  const date = (iso: string): string => formatDateTime(new Date(iso), { dateStyle: 'medium' });

  const statusOf = (consent: TConsent): string => {
    const status = consentStatus(consent, now);
    return status === 'revoked' && consent.revokedAt !== null
      ? t('consents.status.revokedOn', { date: date(consent.revokedAt) })
      : t(`consents.status.${status}`);
  };

  const actions = (consent: TConsent) => {
    if (consentStatus(consent, now) !== 'active') {
      return null;
    }
    const who = recipientOf(t, consent);
    if (confirming !== consent.id) {
      return (
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
      );
    }
    return (
      <div role="group" aria-label={t('consents.confirmLabel', { who })}>
        <p>{t('consents.confirmText', { who })}</p>
        <div className="button-row">
          <button
            className="button button--danger"
            type="button"
            disabled={revoke.isPending}
            onClick={() => {
              revoke.mutate(consent.id, {
                onSuccess: () => {
                  setConfirming(null);
                  onRevoked();
                },
              });
            }}
          >
            {t('consents.confirmRevoke')}
          </button>
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
      </div>
    );
  };

  const columns: DataColumn<TConsent>[] = [
    { id: 'recipient', header: t('consents.col.recipient'), cell: (consent) => recipientOf(t, consent) },
    {
      id: 'categories',
      header: t('consents.col.categories'),
      cell: (consent) => consent.categories.map((category) => t(`consents.category.${category}`)).join(', '),
    },
    { id: 'purpose', header: t('consents.col.purpose'), cell: (consent) => consent.purpose },
    {
      id: 'expires',
      header: t('consents.col.expires'),
      cell: (consent) => (consent.expiresAt === null ? (consent.expiryEvent ?? '') : date(consent.expiresAt)),
    },
    { id: 'status', header: t('consents.col.status'), cell: statusOf },
    { id: 'actions', header: t('consents.col.actions'), cell: actions },
  ];

  return (
    <>
      {revoke.error === null ? null : <RequestError error={revoke.error} />}
      <DataTable
        caption={t('consents.listTitle')}
        captionHidden
        columns={columns}
        rows={consents}
        rowKey={(consent) => consent.id}
      />
    </>
  );
}
