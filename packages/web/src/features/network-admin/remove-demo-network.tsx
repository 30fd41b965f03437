import { ZFinderResponse, ZRemoveDemoNetworkResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { asApiError, type ApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form';
import { Notice } from '../../ui/notice';
import { ConfirmGroup } from '../workspace/confirm-group';
import { NETWORK_READS, networkPath } from './network-query';

/**
 * "Remove the demo network", offered only while fictional demo facilities are listed. It asks first, in
 * place, naming what goes (each demo facility and its programmes) and what stays (everything added or
 * imported, and a demo facility something already refers to); then says how many were removed.
 */
export function RemoveDemoNetwork() {
  const t = useT();
  const network = useApiQuery(ZFinderResponse, { path: networkPath('all') });
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const remove = useApiMutation(
    ZRemoveDemoNetworkResponse,
    () => ({ method: 'DELETE', path: '/api/facilities/demo' }),
    { invalidates: ['/api/facilities', ...NETWORK_READS] },
  );
  const demo = (network.data?.items ?? []).filter((facility) => facility.demo);
  const confirm = async (): Promise<void> => {
    setFailure(null);
    try {
      const result = await remove.mutateAsync(undefined);
      setConfirming(false);
      setDone(t('networkAdmin.demoRemoved', { count: result.removed }));
    } catch (error) {
      setFailure(asApiError(error));
    }
  };
  if (demo.length === 0 && done === null) {
    return null;
  }
  return (
    <section aria-labelledby="demo-title">
      <h2 id="demo-title">{t('networkAdmin.demoTitle')}</h2>
      {done === null ? null : (
        <Notice tone="success" live>
          <p>{done}</p>
        </Notice>
      )}
      {demo.length === 0 ? null : (
        <>
          <p className="ws-narrow">{t('networkAdmin.demoIntro', { count: demo.length })}</p>
          {confirming ? (
            <div className="ws-narrow net-confirm">
              <p>{t('networkAdmin.demoWillRemove', { count: demo.length })}</p>
              <ul className="net-demo-list">
                {demo.map((facility) => (
                  <li key={facility.id}>{facility.name}</li>
                ))}
              </ul>
              <ConfirmGroup
                label={t('networkAdmin.demoConfirmLabel')}
                text={t('networkAdmin.demoConfirm')}
                yes={t('networkAdmin.demoRemoveYes')}
                no={t('networkAdmin.demoRemoveNo')}
                danger
                onYes={() => void confirm()}
                onNo={() => {
                  setConfirming(false);
                }}
              />
            </div>
          ) : (
            <button
              className="button button--danger"
              type="button"
              onClick={() => {
                setDone(null);
                setConfirming(true);
              }}
            >
              {t('networkAdmin.demoRemove')}
            </button>
          )}
          {failure === null ? null : <RequestError error={failure} />}
        </>
      )}
    </section>
  );
}
