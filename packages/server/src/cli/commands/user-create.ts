import { ROLES, ZEmail, ZPassword, ZPersonName, ZRole, type TRole } from '@kratom-care/contracts';
import { addMembership, createPatient, getFacility } from '@kratom-care/store';
import { createUserAccount } from '../../auth/accounts.js';
import { isStaffRole } from '../../auth/principal.js';
import { parseCommandArgs, required, validated } from '../args.js';
import { helpText, type Command } from '../command.js';
import { cliAuth, openCliContext } from '../context.js';
import { usageError, type CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care user create --email E --name N --role R [--facility F] < password.txt',
  'Creates an account. The password is read from standard input (12 to 128 characters; one',
  'trailing newline is ignored), so it never appears in the process list or shell history.',
  '',
  `  --email E      the person's email address; they sign in with it`,
  `  --name N       their name as staff and patients will see it`,
  `  --role R       one of: ${ROLES.join(', ')}`,
  '  --facility F   facility id; required for clinician, admissions, admin and privacy-officer.',
  '                 A patient or family member without one uses the companion with no clinic.',
  '',
  'Staff are asked to set up an authenticator app (TOTP) the first time they sign in.',
);

function passwordFrom(stdin: string): string {
  return stdin.replace(/\r?\n$/, '');
}

/** `kratom-care user create`: the way to make the first admin without the setup link, and any other account. */
export const userCreate: Command = {
  name: 'user create',
  summary: 'create an account (password from standard input)',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      facility: { type: 'string' },
    });
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const email = validated(ZEmail, required(values, 'email'), '--email');
    const name = validated(ZPersonName, required(values, 'name'), '--name');
    const role: TRole = validated(ZRole, required(values, 'role'), '--role');
    const facilityArg = typeof values.facility === 'string' ? values.facility : null;
    if (facilityArg === null && isStaffRole(role)) {
      throw usageError(`--facility is required for the ${role} role`);
    }
    const password = validated(ZPassword, passwordFrom(await io.readStdin()), 'password (standard input)');

    const context = await openCliContext(io);
    try {
      if (facilityArg !== null && (await getFacility(context.db, facilityArg)) === undefined) {
        throw usageError(`--facility: no facility has the id ${facilityArg} (see the id printed by "facility create")`);
      }
      const auth = await cliAuth(context);
      const companion = facilityArg === null && (role === 'patient' || role === 'family');
      const userId = await createUserAccount(auth, {
        email,
        name,
        password,
        emailVerified: true,
        ...(companion ? { companionRole: role } : {}),
      });
      if (facilityArg !== null) {
        await addMembership(context.db, { userId, facilityId: facilityArg, role });
      }
      if (role === 'patient') {
        const [givenName = name, ...rest] = name.split(/\s+/);
        await createPatient(context.db, {
          facilityId: facilityArg,
          userId,
          givenName,
          familyName: rest.join(' '),
          email,
          createdBy: userId,
        });
      }
      const where = facilityArg === null ? '' : ` at facility ${facilityArg}`;
      io.stdout.write(`Created ${role} ${email} (user id ${userId})${where}.\n`);
    } finally {
      await context.close();
    }
  },
};
