import { useState } from 'react';
import { ZListFacilitiesResponse, ZListUsersResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';
import { InviteUserForm } from './invite-user-form';
import { UserRow } from './user-row';

function Users() {
  const t = useT();
  const facilities = readState(
    useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 100 } }),
  );
  const users = readState(useApiQuery(ZListUsersResponse, { path: '/api/admin/users', query: { limit: 100 } }));
  const [notice, setNotice] = useState<string | null>(null);
  const facilityList = facilities.data?.items ?? [];
  const changed = (message: string): void => {
    setNotice(message);
    users.reload();
  };
  return (
    <div className="page page--wide">
      <PageHeading>{t('users.title')}</PageHeading>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <h2>{t('users.listTitle')}</h2>
      <ResourceState state={users} emptyText={t('users.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul className="workspace-cards">
            {data.items.map((user) => (
              <UserRow key={user.id} user={user} facilities={facilityList} onChanged={changed} />
            ))}
          </ul>
        )}
      </ResourceState>
      <ResourceState state={facilities} emptyText={t('users.noFacilities')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <InviteUserForm
            facilities={data.items}
            onInvited={(email) => {
              changed(t('users.invited', { email }));
            }}
          />
        )}
      </ResourceState>
    </div>
  );
}

/** `/admin/users`: the people of the admin's facilities: invite, change roles, disable or enable. */
export function UsersPage() {
  return (
    <RequireSession roles={['admin']}>
      <Users />
    </RequireSession>
  );
}
