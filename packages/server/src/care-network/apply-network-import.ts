import type { ImportedFacility } from '@kratom-care/contracts';
import { upsertNetworkFacility, type AppDatabase, type Executor } from '@kratom-care/store';
import { networkFacilityInput } from './network-facility-input.js';

/** How many facilities an import created, updated and left as they were. */
export interface NetworkImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Two imports (or two starting instances) creating the same facility at once: one loses the unique key. */
const MAX_ATTEMPTS = 3;

/**
 * Whether a write lost a race for a unique key: PostgreSQL's unique violation or SQLite's. Re-running the
 * whole transaction is then safe: it reads the winner's row and updates it instead.
 */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { code } = error as { code?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Thrown inside a dry run's transaction to undo it; never leaves this module. */
class DryRunRollback extends Error {
  constructor(readonly counts: NetworkImportCounts) {
    super('dry run');
  }
}

/**
 * Stores the facilities of one import in one transaction: each is found by its source and key and
 * updated, or created, so importing the same file twice changes nothing the second time. A dry run does
 * exactly the same writes and then rolls them back, so what it reports is what the import would do,
 * down to facilities that another write changed in between.
 *
 * @param db - The database.
 * @param facilities - Checked facilities with coordinates.
 * @param options - `dryRun`; `at`, the write time; `inTransaction`, more work to commit with the import
 *   (its audit row), given the counts.
 * @returns The counts.
 */
export async function applyNetworkImport(
  db: AppDatabase,
  facilities: readonly ImportedFacility[],
  options: {
    readonly dryRun: boolean;
    readonly at: string;
    readonly inTransaction?: (trx: Executor, counts: NetworkImportCounts) => Promise<void>;
  },
): Promise<NetworkImportCounts> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        const counts = { created: 0, updated: 0, unchanged: 0 };
        for (const { draft } of facilities) {
          const { outcome } = await upsertNetworkFacility(trx, networkFacilityInput(draft), options.at);
          counts[outcome] += 1;
        }
        if (options.dryRun) {
          throw new DryRunRollback(counts);
        }
        await options.inTransaction?.(trx, counts);
        return counts;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) {
        return error.counts;
      }
      if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(error)) {
        throw error;
      }
    }
  }
}
