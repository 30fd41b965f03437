import { randomUUID } from 'node:crypto';
import {
  countFacilities,
  getAppMeta,
  putAppMeta,
  upsertNetworkFacility,
  type AppDatabase,
  type Executor,
} from '@kratom-care/store';
import { demoNetworkDrafts } from './demo-network.js';
import { networkFacilityInput } from './network-facility-input.js';
import { zipCentroid } from './zip-centroids.js';

/** The `app_meta` key that records whether this database was offered the demo network. */
export const DEMO_NETWORK_META_KEY = 'care-network.demo-network';

/** What the start-up did about the demo network. */
export type DemoNetworkSeeding =
  /** The demo facilities were added. */
  | 'seeded'
  /** `DEMO_NETWORK=off`. */
  | 'disabled'
  /** An earlier start (or another instance starting at the same moment) already decided. */
  | 'already-decided'
  /** The database already had facilities on its first start with this feature: never seeded. */
  | 'not-empty';

/**
 * Stores the demo network's facilities, each at its ZIP code's centre (updating any already there).
 *
 * @param executor - A transaction.
 * @param now - The time the demo's verification and intake dates are counted from.
 * @returns How many facilities the demo network has.
 */
export async function addDemoNetwork(executor: Executor, now: Date): Promise<number> {
  const drafts = demoNetworkDrafts(now);
  for (const draft of drafts) {
    const centre = zipCentroid(draft.zip);
    if (centre === undefined) {
      throw new Error(`demo network: ZIP code ${draft.zip} has no Census centroid`);
    }
    await upsertNetworkFacility(
      executor,
      networkFacilityInput({ ...draft, latitude: centre.latitude, longitude: centre.longitude }),
      now.toISOString(),
    );
  }
  return drafts.length;
}

/**
 * Loads the fictional demo network on the first start of an empty database (issue 11 §1), in one
 * transaction. The decision is recorded once in `app_meta`, so removing the demo network later is
 * final, and a database that already held facilities is never given demo ones. Two instances starting at
 * once both try to claim the key with their own value; only the one whose value is stored seeds (on
 * PostgreSQL the second insert waits for the first transaction, on SQLite the write lock serialises them).
 *
 * @param db - The migrated database.
 * @param options - `enabled` (false for `DEMO_NETWORK=off`) and the start time.
 * @returns What happened.
 */
export async function seedDemoNetwork(
  db: AppDatabase,
  options: { readonly enabled: boolean; readonly now: Date },
): Promise<DemoNetworkSeeding> {
  if (!options.enabled) {
    return 'disabled';
  }
  const at = options.now.toISOString();
  const claim = `claimed ${randomUUID()}`;
  return db.transaction().execute(async (trx) => {
    await putAppMeta(trx, { key: DEMO_NETWORK_META_KEY, value: claim, at }, 'keep');
    if ((await getAppMeta(trx, DEMO_NETWORK_META_KEY)) !== claim) {
      return 'already-decided';
    }
    if ((await countFacilities(trx)) > 0) {
      await putAppMeta(trx, { key: DEMO_NETWORK_META_KEY, value: `not seeded ${at}: not empty`, at }, 'replace');
      return 'not-empty';
    }
    await addDemoNetwork(trx, options.now);
    await putAppMeta(trx, { key: DEMO_NETWORK_META_KEY, value: `seeded ${at}`, at }, 'replace');
    return 'seeded';
  });
}
