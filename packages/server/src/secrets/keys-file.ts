import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { decodeKey } from './key-material.js';

/** The keys file's name inside `DATA_DIR`. Not part of any backup the CLI makes (decision 0012). */
export const KEYS_FILE_NAME = 'kratom-care.keys';

/** Mode bits that must be clear: nobody but the owner may read or write the keys file. */
const GROUP_OR_OTHER = 0o077;

const ZKey = z.string().refine((value) => decodeKey(value) !== null, { error: 'must be base64 of at least 32 bytes' });

const ZKeysFile = z.strictObject({
  /** Signs session cookies and encrypts TOTP secrets. */
  authSecret: z.string().min(32, { error: 'must be at least 32 characters' }),
  /** Audit keys, oldest first; the last is the current one. */
  auditKeys: z.array(ZKey).min(1, { error: 'must list at least one key' }),
});

/** What the keys file holds. */
export type KeysFileContents = z.infer<typeof ZKeysFile>;

/** The keys file is missing a permission check, is malformed, or cannot be written. */
export class KeysFileError extends Error {
  override readonly name = 'KeysFileError';
}

/**
 * @param dataDir - The server's `DATA_DIR`.
 * @returns The keys file's absolute path.
 */
export function keysFilePath(dataDir: string): string {
  return join(dataDir, KEYS_FILE_NAME);
}

/**
 * Reads and checks the keys file.
 *
 * @param path - The keys file.
 * @returns Its contents, or null when there is no file.
 * @throws KeysFileError when group or others may read or write it, or it is malformed.
 */
export function readKeysFile(path: string): KeysFileContents | null {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
  if ((mode & GROUP_OR_OTHER) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(4, '0');
    throw new KeysFileError(
      `${path} is readable or writable by group or others (mode ${octal}); run: chmod 600 ${JSON.stringify(path)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new KeysFileError(`${path} is not valid JSON`);
  }
  const result = ZKeysFile.safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'file'} ${issue.message}`);
    throw new KeysFileError(`${path} is malformed: ${problems.join('; ')}`);
  }
  return result.data;
}

function writeNew(path: string, text: string): void {
  // 'wx': fail if it exists; 0600 before any byte is written (umask can only clear more bits).
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(folder: string): void {
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the keys file with `contents` unless it exists, and returns what the file then holds.
 * Two processes starting at once agree on one value: each writes a private temp file (mode 0600,
 * fsynced) and hard-links it to the final name, which only one link can win; the other reads the
 * winner's file. A reader never sees a half-written file, because the name appears only once the
 * content is complete.
 *
 * @param path - The keys file.
 * @param contents - What to write when there is no file yet.
 * @returns The file's contents (this process's or the winner's).
 * @throws KeysFileError when the file cannot be written (say, a read-only DATA_DIR).
 */
export function createKeysFileOnce(path: string, contents: KeysFileContents): KeysFileContents {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // PostgreSQL installations may never have created DATA_DIR.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeNew(temp, `${JSON.stringify(contents, null, 2)}\n`);
    try {
      linkSync(temp, path);
      syncFolder(dirname(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new KeysFileError(
      `cannot create ${path} (${detail}): make DATA_DIR writable, or set AUTH_SECRET and AUDIT_KEY`,
    );
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Never created (the open failed): nothing to remove.
    }
  }
  const stored = readKeysFile(path);
  if (stored === null) {
    throw new KeysFileError(`${path} vanished right after it was created`);
  }
  return stored;
}

/**
 * Replaces the keys file's contents in one step (a 0600 temp file renamed over it), so a server
 * starting meanwhile reads either the old file or the new one, never a mix.
 *
 * @param path - The keys file.
 * @param contents - The new contents.
 */
export function replaceKeysFile(path: string, contents: KeysFileContents): void {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeNew(temp, `${JSON.stringify(contents, null, 2)}\n`);
    renameSync(temp, path);
    syncFolder(dirname(path));
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed, or never created.
    }
    throw error;
  }
}
