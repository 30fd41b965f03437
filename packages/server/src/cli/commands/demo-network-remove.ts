import { deleteDemoNetwork } from '@kratom-care/store';
import { parseCommandArgs } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import type { CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care demo-network remove',
  'Removes the fictional demo network (every facility marked demo, with its programmes) that the',
  'server loads on the first start of an empty database. It is not loaded again. A demo facility that',
  'something refers to (a staff membership, a patient, a call-back request) is kept and named.',
  'Set DEMO_NETWORK=off before the first start to never load it.',
);

/** `kratom-care demo-network remove`. */
export const demoNetworkRemove: Command = {
  name: 'demo-network remove',
  summary: 'remove the fictional demo network',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {});
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const context = await openCliContext(io);
    try {
      const { removed, kept } = await deleteDemoNetwork(context.db);
      io.stdout.write(`Removed ${removed} demo ${removed === 1 ? 'facility' : 'facilities'}.\n`);
      if (kept.length > 0) {
        io.stdout.write(`Kept ${kept.length} still in use (ids: ${kept.join(', ')}).\n`);
      }
    } finally {
      await context.close();
    }
  },
};
