import { ZApiError, ZListUsersQuery, ZListUsersResponse } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { facilitiesWithRole } from '../../access/policy.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedUser } from './admin-user-view.js';

/**
 * `GET /api/admin/users?facilityId=&q=`: users with a membership in a facility the admin
 * administers, optionally one facility and a name or email search.
 *
 * @param app - The app (with a database).
 */
export function registerListUsers(app: App): void {
  app.get(
    '/api/admin/users',
    {
      schema: {
        summary: 'List users',
        tags: ['admin'],
        querystring: ZListUsersQuery,
        response: { 200: ZListUsersResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      const principal = requireAuthenticated(request);
      const { facilityId, q, limit, offset } = request.query;
      const administered = facilitiesWithRole(principal, 'admin');
      const facilities = facilityId === undefined ? administered : administered.filter((id) => id === facilityId);
      if (facilities.length === 0) {
        throw notFound();
      }
      const db = app.identity.db;
      // The search text is a bound parameter; LIKE wildcards in it only widen the caller's own search.
      const pattern = `%${(q ?? '').toLowerCase()}%`;
      const matching = db
        .selectFrom('user')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('membership')
              .select('membership.id')
              .whereRef('membership.user_id', '=', 'user.id')
              .where('membership.facility_id', 'in', facilities),
          ),
        )
        .$if(q !== undefined && q !== '', (query) =>
          query.where((eb) =>
            eb.or([eb(eb.fn('lower', ['user.name']), 'like', pattern), eb('user.email', 'like', pattern)]),
          ),
        );
      const [rows, count] = await Promise.all([
        matching.select('user.id').orderBy('user.email').orderBy('user.id').limit(limit).offset(offset).execute(),
        matching.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      const items = await Promise.all(rows.map((row) => managedUser(db, principal, row.id)));
      const total = Number(count.total);
      const next = offset + rows.length;
      return { items, total, nextCursor: next < total ? String(next) : null };
    },
  );
}
