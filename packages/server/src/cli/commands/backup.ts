import { resolve } from 'node:path';
import { backupSqlite } from '@kratom-care/store';
import { databaseConfigOf } from '../../open-database.js';
import { keysFilePath } from '../../secrets/keys-file.js';
import { parseCommandArgs, required } from '../args.js';
import { helpText, type Command } from '../command.js';
import { openCliContext } from '../context.js';
import { CliError, type CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care backup --to FILE',
  "SQLite: copies the live database to FILE with SQLite's online backup API. The server may keep",
  'running; the copy is one consistent snapshot. FILE must not exist yet.',
  'PostgreSQL (DATABASE_URL set): prints the pg_dump command to run instead.',
  'The keys are not in the backup, on purpose (decision 0012): back up DATA_DIR/kratom-care.keys',
  '(or your AUTH_SECRET and AUDIT_KEY) separately and keep it apart from the database backups.',
  'Without them a restored database loses every session and enrolled second factor, and its',
  'audit log cannot be verified.',
);

/** Said after every backup, so nobody assumes the keys went with it. */
export function keysNotice(keysFile: string): string {
  return (
    `The keys are NOT in this backup. Back up ${keysFile} (or your AUTH_SECRET and AUDIT_KEY) separately, ` +
    'and store it apart from the database backups: together they would let anyone forge sessions and rewrite the audit log.\n'
  );
}

/** The documented PostgreSQL backup; the URL stays in the environment, never on screen. */
export function pgDumpCommand(file: string): string {
  return `pg_dump --format=custom --no-owner --file=${JSON.stringify(file)} "$DATABASE_URL"`;
}

/** `kratom-care backup --to FILE`. */
export const backup: Command = {
  name: 'backup',
  summary: 'copy the SQLite database (or print the pg_dump command)',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, { to: { type: 'string' } });
    if (values.help === true) {
      io.stdout.write(HELP);
      return;
    }
    const to = resolve(io.cwd, required(values, 'to'));
    const context = await openCliContext(io, { migrate: false });
    try {
      const target = databaseConfigOf(context.config);
      if (target.kind === 'postgres') {
        io.stdout.write(
          `This installation uses PostgreSQL. Back it up with pg_dump (restore with pg_restore):\n\n  ${pgDumpCommand(to)}\n\n`,
        );
        io.stdout.write(keysNotice(keysFilePath(context.config.dataDir)));
        return;
      }
      const { totalPages } = await backupSqlite(target.file, to).catch((error: unknown) => {
        throw new CliError(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
      });
      io.stdout.write(`Backed up ${totalPages} pages to ${to}\n`);
      io.stdout.write(keysNotice(keysFilePath(context.config.dataDir)));
    } finally {
      await context.close();
    }
  },
};
