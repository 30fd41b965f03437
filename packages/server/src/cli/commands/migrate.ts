import { migrateToLatest } from '@kratom-care/store';
import { parseCommandArgs } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import type { CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care migrate',
  'Brings the database schema up to date. The server does this on start too; run it by hand',
  'before a start when you want to see what changes. Safe to run again.',
);

/** `kratom-care migrate`. */
export const migrate: Command = {
  name: 'migrate',
  summary: 'bring the database schema up to date',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {});
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const context = await openCliContext(io, { migrate: false });
    try {
      const applied = await migrateToLatest(context.db);
      io.stdout.write(
        applied.length === 0
          ? 'The database is up to date.\n'
          : `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
      );
    } finally {
      await context.close();
    }
  },
};
