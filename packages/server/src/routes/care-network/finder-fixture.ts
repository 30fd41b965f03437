import { EARTH_RADIUS_MILES, type LatLng } from '@kratom-care/domain';
import { upsertNetworkFacility, type AppDatabase, type NetworkProgrammeInput } from '@kratom-care/store';

/*
 * A fixture of fictional facilities at known great-circle distances from a ZIP code's centre, for the
 * finder's route tests: each sits on a bearing at an exact number of miles (spherical destination
 * formula, https://www.movable-type.co.uk/scripts/latlong.html "Destination point"), so radius
 * boundaries can be tested just inside and just outside.
 */

const DEG = Math.PI / 180;

/**
 * @param from - Start point.
 * @param bearing - Degrees clockwise from north.
 * @param miles - Distance along the great circle.
 * @returns The point reached.
 */
export function destination(from: LatLng, bearing: number, miles: number): LatLng {
  const d = miles / EARTH_RADIUS_MILES;
  const lat1 = from.latitude * DEG;
  const b = bearing * DEG;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    from.longitude * DEG +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { latitude: lat2 / DEG, longitude: lng2 / DEG };
}

/** One fictional facility of the fixture. */
export interface FixtureFacility {
  readonly key: string;
  readonly bearing: number;
  readonly miles: number;
  readonly state: string;
  readonly languages: readonly string[];
  readonly programmes: readonly NetworkProgrammeInput[];
}

/**
 * Stores the fixture around `origin` (source `import`, keyed by `key`).
 *
 * @param db - The database.
 * @param origin - The centre (a ZIP code's centroid).
 * @param facilities - The facilities.
 * @returns Each key's facility id.
 */
export async function seedFinderFixture(
  db: AppDatabase,
  origin: LatLng,
  facilities: readonly FixtureFacility[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  await db.transaction().execute(async (trx) => {
    for (const facility of facilities) {
      const point = destination(origin, facility.bearing, facility.miles);
      const result = await upsertNetworkFacility(trx, {
        source: 'import',
        externalKey: facility.key,
        name: `${facility.key} Recovery Centre (fictional)`,
        region: 'Test',
        address: '',
        profile: {
          state: facility.state,
          zip: '10001',
          latitude: point.latitude,
          longitude: point.longitude,
          phone: '212-555-0100',
          admissionsLine: '212-555-0199',
          languages: facility.languages,
        },
        programmes: facility.programmes,
      });
      ids[facility.key] = result.facilityId;
    }
  });
  return ids;
}
