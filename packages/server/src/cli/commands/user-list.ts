import { listUsersWithMemberships, type UserWithMemberships } from '@kratom-care/store';
import { parseCommandArgs } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import type { CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care user list',
  'Lists every account by email: name, roles (role@facility), whether the authenticator app is',
  'set up, and whether the account is disabled.',
);

const PAGE = 100;

function roles(user: UserWithMemberships): string {
  const held = user.memberships.map((membership) => `${membership.role}@${membership.facilityId}`);
  const companion = user.companionRole;
  if (companion === 'patient' || companion === 'family') {
    held.push(`${companion} (no facility)`);
  }
  return held.length === 0 ? '-' : held.join(', ');
}

/** `kratom-care user list`. */
export const userList: Command = {
  name: 'user list',
  summary: 'list accounts with their roles',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {});
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const context = await openCliContext(io);
    try {
      io.stdout.write('EMAIL\tNAME\tROLES\tTOTP\tSTATUS\n');
      let cursor: string | null = null;
      do {
        const page = await listUsersWithMemberships(context.db, { limit: PAGE, cursor });
        for (const user of page.rows) {
          const line = [
            user.email,
            user.name,
            roles(user),
            user.twoFactorEnabled ? 'yes' : 'no',
            user.banned ? 'disabled' : 'active',
          ];
          io.stdout.write(`${line.join('\t')}\n`);
        }
        cursor = page.nextCursor;
      } while (cursor !== null);
    } finally {
      await context.close();
    }
  },
};
