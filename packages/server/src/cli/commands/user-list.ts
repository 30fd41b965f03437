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

const PAGE = 200;

function roles(user: UserWithMemberships, companion: string | null): string {
  const held = user.memberships.map((membership) => `${membership.role}@${membership.facilityId}`);
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
      const companions = new Map(
        (await context.db.selectFrom('user').select(['id', 'role']).execute()).map((row) => [row.id, row.role]),
      );
      io.stdout.write('EMAIL\tNAME\tROLES\tTOTP\tSTATUS\n');
      for (let offset = 0; ; offset += PAGE) {
        const page = await listUsersWithMemberships(context.db, { limit: PAGE, offset });
        for (const user of page.rows) {
          const line = [
            user.email,
            user.name,
            roles(user, companions.get(user.id) ?? null),
            user.twoFactorEnabled ? 'yes' : 'no',
            user.banned ? 'disabled' : 'active',
          ];
          io.stdout.write(`${line.join('\t')}\n`);
        }
        if (offset + PAGE >= page.total) {
          break;
        }
      }
    } finally {
      await context.close();
    }
  },
};
