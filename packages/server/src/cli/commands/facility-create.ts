import { createFacility } from '@kratom-care/store';
import { z } from 'zod';
import { parseCommandArgs, required, validated } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import type { CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care facility create --name N --region R [--address A]',
  'Adds a facility to the network and prints its id, for "user create --facility".',
);

const ZText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `at most ${max} characters` });

/** `kratom-care facility create`. */
export const facilityCreate: Command = {
  name: 'facility create',
  summary: 'add a facility and print its id',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {
      name: { type: 'string' },
      region: { type: 'string' },
      address: { type: 'string' },
    });
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const name = validated(ZText(200), required(values, 'name'), '--name');
    const region = validated(ZText(120), required(values, 'region'), '--region');
    const address = typeof values.address === 'string' ? validated(ZText(500), values.address, '--address') : '';
    const context = await openCliContext(io);
    try {
      const facility = await createFacility(context.db, { name, region, address });
      io.stdout.write(`Created facility "${facility.name}" with id ${facility.id}\n`);
    } finally {
      await context.close();
    }
  },
};
