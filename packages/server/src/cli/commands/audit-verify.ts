import { verifyAuditChain } from '@kratom-care/store';
import { loadServerSecrets } from '../../secrets/server-secrets.js';
import { parseCommandArgs } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import { CliError, type CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care audit verify',
  'Walks the hash-chained audit log and reports the first row that was edited, deleted or',
  'inserted after it was written. Exits 0 when the chain is intact, 1 when it is broken.',
  'Keep the printed head hash somewhere else: removing rows from the end is only caught by',
  'comparing it with a later run.',
);

/** `kratom-care audit verify`. */
export const auditVerify: Command = {
  name: 'audit verify',
  summary: 'check the audit log has not been tampered with',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {});
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const context = await openCliContext(io);
    try {
      const secrets = await loadServerSecrets(context.config, context.db);
      const result = await verifyAuditChain(context.db, secrets.auditKeyring);
      if (!result.ok) {
        throw new CliError(
          `Audit chain broken at row seq ${result.seq} (id ${result.id}): ${result.problem}: ${result.detail}. ` +
            `${result.count} row(s) before it verified.`,
        );
      }
      io.stdout.write(
        `Audit chain intact: ${result.count} row(s); head seq ${result.headSeq}, hash ${result.headHash}\n`,
      );
    } finally {
      await context.close();
    }
  },
};
