import type { Executor } from '../executor.js';

/**
 * @param executor - Database or transaction.
 * @param key - An `app_meta` key.
 * @returns Its value, or undefined.
 */
export async function getAppMeta(executor: Executor, key: string): Promise<string | undefined> {
  const row = await executor.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/**
 * Stores a value: `keep` leaves an existing value alone (two processes starting at once agree on
 * the first), `replace` overwrites it.
 *
 * @param executor - Database or transaction.
 * @param entry - Key, value and the time of the write.
 * @param onConflict - What to do when the key exists.
 */
export async function putAppMeta(
  executor: Executor,
  entry: { readonly key: string; readonly value: string; readonly at: string },
  onConflict: 'keep' | 'replace',
): Promise<void> {
  await executor
    .insertInto('app_meta')
    .values({ key: entry.key, value: entry.value, updated_at: entry.at })
    .onConflict((conflict) =>
      onConflict === 'keep'
        ? conflict.column('key').doNothing()
        : conflict.column('key').doUpdateSet({ value: entry.value, updated_at: entry.at }),
    )
    .execute();
}

/**
 * Deletes a key, only when it holds `value` if one is given. Atomic: of two deletes of the same
 * key and value, exactly one reports true.
 *
 * @param executor - Database or transaction.
 * @param key - The key.
 * @param value - The value it must hold, if any.
 * @returns True when a row was deleted.
 */
export async function deleteAppMeta(executor: Executor, key: string, value?: string): Promise<boolean> {
  const result = await executor
    .deleteFrom('app_meta')
    .where('key', '=', key)
    .$if(value !== undefined, (query) => query.where('value', '=', value ?? ''))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
