import type { Executor } from '../executor.js';

/**
 * Claims a TOTP code for a user, in one atomic statement: of any number of claims of the same
 * code, on any instance, exactly one succeeds while the code is remembered. A row whose memory
 * has run out (the purge job has not removed it yet) is taken over, because the same 6 digits
 * come round again days later as a new, valid code.
 *
 * @param executor - Database or transaction.
 * @param use - The user, the code, now, and until when to refuse the code again.
 * @returns True for the first use, false for a replay.
 */
export async function claimTotpCode(
  executor: Executor,
  use: { readonly userId: string; readonly code: string; readonly at: Date; readonly rememberUntil: Date },
): Promise<boolean> {
  const expiresAt = use.rememberUntil.toISOString();
  const result = await executor
    .insertInto('totp_code_use')
    .values({ user_id: use.userId, code: use.code, expires_at: expiresAt })
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'code'])
        .doUpdateSet({ expires_at: expiresAt })
        .where('totp_code_use.expires_at', '<=', use.at.toISOString()),
    )
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
