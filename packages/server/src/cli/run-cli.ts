import { AppError } from '../errors.js';
import type { Command } from './command.js';
import { auditVerify } from './commands/audit-verify.js';
import { backup } from './commands/backup.js';
import { demoNetworkRemove } from './commands/demo-network-remove.js';
import { facilityCreate } from './commands/facility-create.js';
import { keysRotateAuditKey } from './commands/keys-rotate-audit-key.js';
import { migrate } from './commands/migrate.js';
import { userCreate } from './commands/user-create.js';
import { userDisable } from './commands/user-disable.js';
import { userList } from './commands/user-list.js';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIo } from './io.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  userCreate,
  userList,
  userDisable,
  facilityCreate,
  demoNetworkRemove,
  migrate,
  backup,
  auditVerify,
  keysRotateAuditKey,
];

function overview(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: kratom-care <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "kratom-care <command> --help" for its options. The CLI reads the same environment as',
    'the server (DATA_DIR, DATABASE_URL, AUTH_SECRET, AUDIT_KEY).',
    '',
  ].join('\n');
}

function find(argv: readonly string[]): { command: Command; rest: readonly string[] } | null {
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((word, index) => argv[index] === word)) {
      return { command, rest: argv.slice(words.length) };
    }
  }
  return null;
}

/**
 * Runs `kratom-care` with the given arguments. Never throws: failures are written to stderr and
 * turned into the exit code (1 failed, 2 bad arguments).
 *
 * @param argv - The arguments after the program name.
 * @param io - Standard streams, environment and working folder.
 * @returns The exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(overview());
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const found = find(argv);
  if (found === null) {
    const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `));
    if (group.length > 0 && (argv[1] === undefined || argv[1] === '--help' || argv[1] === '-h')) {
      io.stdout.write(overview(group));
      return argv[1] === undefined ? EXIT_USAGE : EXIT_OK;
    }
    io.stderr.write(`kratom-care: unknown command "${argv.slice(0, 2).join(' ')}". Run "kratom-care --help".\n`);
    return EXIT_USAGE;
  }
  try {
    await found.command.run(found.rest, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`kratom-care ${found.command.name}: ${error.message}\n`);
      if (error.exitCode === EXIT_USAGE) {
        io.stderr.write(`Run "kratom-care ${found.command.name} --help" for usage.\n`);
      }
      return error.exitCode;
    }
    if (error instanceof AppError) {
      io.stderr.write(`kratom-care ${found.command.name}: ${error.message}\n`);
      return EXIT_FAILED;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`kratom-care ${found.command.name} failed: ${detail}\n`);
    return EXIT_FAILED;
  }
}
