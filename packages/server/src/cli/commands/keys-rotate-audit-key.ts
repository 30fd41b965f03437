import { auditKeyFrom } from '@kratom-care/store';
import { ConfigError, loadConfig } from '../../config.js';
import { decodeKey, generateKey } from '../../secrets/key-material.js';
import { keysFilePath, readKeysFile, replaceKeysFile } from '../../secrets/keys-file.js';
import { parseCommandArgs } from '../args.js';
import { helpText, type Command } from '../command.js';
import { CliError, EXIT_USAGE, type CliIo } from '../io.js';

const HELP = helpText(
  'kratom-care keys rotate-audit-key',
  'Adds a new audit key to DATA_DIR/kratom-care.keys, after the old ones (decision 0012). Stop every',
  'server first and start them again afterwards: the first start writes an audit.key-introduced row',
  'signed with the new key, and from then on every row is signed with it. The old keys stay in the',
  'file because `audit verify` needs them for the rows written before. Back the file up again.',
  'With AUDIT_KEY set, rotate in the environment instead: AUDIT_KEY=<new>, AUDIT_KEY_PREVIOUS=<old,...>.',
);

function idOf(encoded: string): string {
  const bytes = decodeKey(encoded);
  return bytes === null ? '?' : auditKeyFrom(bytes).id;
}

/** `kratom-care keys rotate-audit-key`. */
export const keysRotateAuditKey: Command = {
  name: 'keys rotate-audit-key',
  summary: 'add a new audit key to the keys file (servers stopped)',
  help: HELP,
  run(args: readonly string[], io: CliIo): Promise<void> {
    const { values } = parseCommandArgs(args, {});
    if (values.help === true) {
      io.stdout.write(HELP);
      return Promise.resolve();
    }
    let dataDir: string;
    try {
      const config = loadConfig(io.env, io.cwd);
      if (config.auditKey !== undefined) {
        throw new CliError(
          'AUDIT_KEY is set, so the keys file does not hold the audit key. Rotate in the environment of every ' +
            'instance: AUDIT_KEY=<new key> (openssl rand -base64 32), AUDIT_KEY_PREVIOUS=<old keys, oldest first>.',
        );
      }
      dataDir = config.dataDir;
    } catch (error) {
      throw error instanceof ConfigError ? new CliError(error.message, EXIT_USAGE) : error;
    }
    const path = keysFilePath(dataDir);
    const keys = readKeysFile(path);
    if (keys === null) {
      throw new CliError(`There is no keys file at ${path}: the first server start creates it.`);
    }
    const added = generateKey();
    replaceKeysFile(path, { ...keys, auditKeys: [...keys.auditKeys, added] });
    io.stdout.write(
      `Added audit key ${idOf(added)} to ${path}; it now holds ${keys.auditKeys.length + 1} audit keys, oldest first.\n` +
        'Start the server(s) now: the first start signs an audit.key-introduced row with the new key.\n' +
        'Back up the keys file again, apart from the database backups.\n',
    );
    return Promise.resolve();
  },
};
