import { useState } from 'react';
import { ZListFacilitiesResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';
import { FacilityForm } from './facility-form';

function Facilities() {
  const t = useT();
  const facilities = readState(
    useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 100 } }),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const saved = (message: string): void => {
    setEditing(null);
    setNotice(message);
    facilities.reload();
  };
  return (
    <div className="page page--wide">
      <PageHeading>{t('facilities.title')}</PageHeading>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <h2>{t('facilities.listTitle')}</h2>
      <ResourceState state={facilities} emptyText={t('facilities.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul className="workspace-cards">
            {data.items.map((facility) => (
              <li key={facility.id} className="workspace-card">
                <h3>{facility.name}</h3>
                <p>
                  {facility.region}
                  {facility.address === '' ? '' : ` · ${facility.address}`}
                </p>
                {editing === facility.id ? (
                  <FacilityForm
                    key={`${facility.id}-${String(facility.version)}`}
                    facility={facility}
                    onSaved={() => {
                      saved(t('facilities.saved', { name: facility.name }));
                    }}
                    onCancel={() => {
                      setEditing(null);
                    }}
                    onReload={facilities.reload}
                  />
                ) : (
                  <button
                    className="button button--secondary"
                    type="button"
                    aria-label={t('facilities.editFor', { name: facility.name })}
                    onClick={() => {
                      setEditing(facility.id);
                    }}
                  >
                    {t('facilities.edit')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
      <section aria-labelledby="facility-create-title">
        <h2 id="facility-create-title">{t('facilities.createTitle')}</h2>
        <FacilityForm
          onSaved={() => {
            saved(t('facilities.created'));
          }}
          onReload={facilities.reload}
        />
      </section>
    </div>
  );
}

/** `/admin/facilities`: list, create and edit facilities (edits are checked against the version shown). */
export function FacilitiesPage() {
  return (
    <RequireSession roles={['admin']}>
      <Facilities />
    </RequireSession>
  );
}
