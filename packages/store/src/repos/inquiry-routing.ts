import type { BoundingBox } from '@kratom-care/domain';
import type { ExpressionBuilder } from 'kysely';
import type { DatabaseSchema } from '../database-schema.js';
import type { Executor } from '../executor.js';

/** A facility a call-back request could go to, with what routing ranks it by. */
export interface RoutingCandidate {
  readonly id: string;
  readonly name: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** A facility of the fictional demo network: chosen only when no real facility fits. */
  readonly demo: boolean;
  /** It has a programme at the level of care asked for (always true when none was asked for). */
  readonly levelMatch: boolean;
}

/** Where to look: a bounding box (indexed on latitude), one state (indexed), or anywhere. */
export type RoutingArea =
  | { readonly kind: 'box'; readonly box: BoundingBox }
  | { readonly kind: 'state'; readonly state: string }
  | { readonly kind: 'anywhere' };

function levelMatch(levelOfCare: string | null) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'facility'>) =>
    levelOfCare === null
      ? eb.lit(1)
      : eb
          .case()
          .when(
            eb.exists(
              eb
                .selectFrom('programme')
                .select('programme.id')
                .whereRef('programme.facility_id', '=', 'facility.id')
                .where('programme.level_of_care', '=', levelOfCare),
            ),
          )
          .then(1)
          .else(0)
          .end();
}

/**
 * The facilities of an area with what routing ranks them by. A box or a state is one index range
 * (migration 0010's location and state indexes); `anywhere` returns only the best few, real
 * facilities with the level first, then by name.
 *
 * @param executor - Database or transaction.
 * @param area - Where to look.
 * @param levelOfCare - The level of care asked for, or null.
 * @returns The candidates, in no particular order (except `anywhere`).
 */
export async function routingCandidates(
  executor: Executor,
  area: RoutingArea,
  levelOfCare: string | null,
): Promise<RoutingCandidate[]> {
  let query = executor
    .selectFrom('facility')
    .select((eb) => [
      'facility.id',
      'facility.name',
      'facility.latitude',
      'facility.longitude',
      'facility.demo',
      levelMatch(levelOfCare)(eb).as('level_match'),
    ]);
  if (area.kind === 'box') {
    const { box } = area;
    query = query
      .where('facility.latitude', '>=', box.minLatitude)
      .where('facility.latitude', '<=', box.maxLatitude)
      .where((eb) =>
        eb.or(
          box.longitudes.map((range) =>
            eb.and([eb('facility.longitude', '>=', range.min), eb('facility.longitude', '<=', range.max)]),
          ),
        ),
      );
  } else if (area.kind === 'state') {
    query = query.where('facility.state', '=', area.state);
  } else {
    query = query.orderBy('facility.demo').orderBy('level_match', 'desc').orderBy('facility.name').limit(5);
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    latitude: row.latitude,
    longitude: row.longitude,
    demo: row.demo === 1,
    levelMatch: row.level_match === 1,
  }));
}
