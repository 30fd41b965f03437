import { USER_STATUSES, ZListFacilitiesResponse, ZListUsersResponse, type TUserStatus } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiPagedQuery } from '../../api/use-api-list';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { SearchForm } from '../../ui/search-form';
import { SelectField } from '../../ui/select-field';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';
import { Pager } from '../workspace/pager';
import { InviteUserForm } from './invite-user-form';
import { UserRow } from './user-row';

type StatusFilter = TUserStatus | 'all';

/** Why the list is empty, in the words that say what to change: the search first, then the status choice. */
function emptyText(t: ReturnType<typeof useT>, q: string, status: StatusFilter): string {
  if (q !== '') {
    return t('users.noMatch', { q });
  }
  return status === 'all' ? t('users.empty') : t('users.emptyFilter');
}

function Users() {
  const t = useT();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [q, setQ] = useState('');
  const facilities = useApiQuery(ZListFacilitiesResponse, { path: '/api/facilities', query: { limit: 100 } });
  const users = useApiPagedQuery(ZListUsersResponse, {
    path: '/api/admin/users',
    query: { limit: 20, status: status === 'all' ? undefined : status, q: q === '' ? undefined : q },
  });
  const [notice, setNotice] = useState<string | null>(null);
  const facilityList = facilities.data?.items ?? [];
  return (
    <div className="page page--wide">
      <PageHeading>{t('users.title')}</PageHeading>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <h2>{t('users.listTitle')}</h2>
      <div className="ws-toolbar">
        <SearchForm
          id="users-q"
          label={t('users.search')}
          buttonLabel={t('users.searchButton')}
          value={q}
          onSearch={setQ}
        />
        <SelectField
          id="users-status"
          label={t('users.filter')}
          placeholder={t('users.filter')}
          options={(['all', ...USER_STATUSES] as const).map((value) => ({
            value,
            label: t(`users.filter.${value}`),
          }))}
          value={status}
          onChange={setStatus}
        />
      </div>
      <QueryState
        query={users}
        emptyText={emptyText(t, q, status)}
        isEmpty={(data) => data.items.length === 0 && !users.pager.hasPrevious}
      >
        {(data) => (
          <>
            <ul className="workspace-cards ws-card-grid">
              {data.items.map((user) => (
                <UserRow key={user.id} user={user} facilities={facilityList} onChanged={setNotice} />
              ))}
            </ul>
            <Pager label={t('users.pages')} pager={users.pager} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
      <QueryState query={facilities} emptyText={t('users.noFacilities')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <InviteUserForm
            facilities={data.items}
            onInvited={(email) => {
              setNotice(t('users.invited', { email }));
              void users.refetch();
            }}
          />
        )}
      </QueryState>
    </div>
  );
}

/** `/admin/users`: the people of the admin's facilities: invite, resend or cancel invitations, roles, disable. */
export function UsersPage() {
  return (
    <RequireSession roles={['admin']}>
      <Users />
    </RequireSession>
  );
}
