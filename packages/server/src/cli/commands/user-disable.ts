import { getUserByEmail } from '@kratom-care/store';
import { ZEmail } from '@kratom-care/contracts';
import { disableUser } from '../../auth/accounts.js';
import { parseCommandArgs, validated } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import { CliError, usageError, type CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care user disable EMAIL',
  'Disables the account with this email. Every session it has ends at once: its next request is',
  'answered 401, and it cannot sign in again. Records it created stay.',
);

/** `kratom-care user disable E`. */
export const userDisable: Command = {
  name: 'user disable',
  summary: 'disable an account and end its sessions',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values, positionals } = parseCommandArgs(args, {}, 1);
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const raw = positionals[0];
    if (raw === undefined) {
      throw usageError('give the email of the account to disable');
    }
    const email = validated(ZEmail, raw, 'EMAIL');
    const context = await openCliContext(io);
    try {
      const user = await getUserByEmail(context.db, email);
      if (user === undefined || !(await disableUser(context.db, user.id, new Date().toISOString()))) {
        throw new CliError(`No account has the email ${email}.`);
      }
      io.stdout.write(`Disabled ${email}; its sessions have ended.\n`);
    } finally {
      await context.close();
    }
  },
};
