import { verifyAuditChain, type AuditAnchor } from '@kratom-care/store';
import { loadServerSecrets } from '../../secrets/server-secrets.js';
import { parseCommandArgs } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import { CliError, usageError, type CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care audit verify [--anchor SEQ:HASH]',
  'Walks the hash-chained audit log and reports the first row that was edited, deleted or',
  'inserted after it was written. Exits 0 when the chain is intact, 1 when it is broken.',
  'The chain is keyed (decision 0012): it needs the same audit keys as the server, from AUDIT_KEY',
  '(and AUDIT_KEY_PREVIOUS after a rotation) or the keys file in DATA_DIR. Someone who can write',
  'the database but lacks the key cannot recompute the hashes after deleting or editing rows.',
  'Keep the printed head (SEQ:HASH) somewhere else: removing rows from the end is only caught',
  'by a later run given it as --anchor, which fails when the chain no longer contains it.',
);

/** `--anchor SEQ:HASH`, as the intact message prints it. */
function parseAnchor(value: string | boolean | undefined): AuditAnchor | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(value.trim());
  if (match === null) {
    throw usageError('--anchor must be SEQ:HASH as printed by an earlier run, e.g. 42:<64 hex characters>');
  }
  return { seq: Number(match[1]), hash: match[2] ?? '' };
}

/** `kratom-care audit verify`. */
export const auditVerify: Command = {
  name: 'audit verify',
  summary: 'check the audit log has not been tampered with',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, { anchor: { type: 'string' } });
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const anchor = parseAnchor(values.anchor);
    const context = await openCliContext(io);
    try {
      const secrets = await loadServerSecrets(context.config, context.db);
      const result = await verifyAuditChain(context.db, secrets.auditKeyring, anchor);
      if (!result.ok) {
        throw new CliError(
          `Audit chain broken at row seq ${result.seq} (id ${result.id}): ${result.problem}: ${result.detail}. ` +
            `${result.count} row(s) before it verified.`,
        );
      }
      io.stdout.write(
        `Audit chain intact: ${result.count} row(s); head seq ${result.headSeq}, hash ${result.headHash}` +
          `${result.headKeyId === null ? '' : `, audit key ${result.headKeyId}`}\n` +
          `Keep this head outside the database and pass it to a later run: --anchor ${result.headSeq}:${result.headHash}\n`,
      );
    } finally {
      await context.close();
    }
  },
};
