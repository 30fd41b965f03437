import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { e2eDataDir } from './data-dir';

/** What the server's development outbox logs for each mail (packages/server/src/auth/mailer.ts). */
interface OutboxLine {
  readonly devOnly?: boolean;
  readonly mail?: { readonly to: string; readonly subject: string; readonly link: string };
}

/** The outbox masks the recipient as the server does (`q***@domain`), so tests give each invitee their own domain. */
function masked(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** @returns Every link the outbox logged for this address, oldest first. */
function linksFor(email: string): string[] {
  const file = join(e2eDataDir(), 'server.log');
  if (!existsSync(file)) {
    return [];
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (!line.startsWith('{')) {
        return [];
      }
      try {
        const parsed = JSON.parse(line) as OutboxLine;
        return parsed.devOnly === true && parsed.mail?.to === masked(email) ? [parsed.mail.link] : [];
      } catch {
        return [];
      }
    });
}

/**
 * Waits for the `count`-th mail to `email` in the e2e server's log (the server runs without SMTP, so its
 * development outbox logs each link instead of mailing it) and returns its link.
 *
 * @param email - The recipient; its domain must be unique to the test (the log masks the local part).
 * @param count - Which mail: 1 for the first invitation, 2 after one resend, …
 * @returns The link, e.g. `http://127.0.0.1:3107/invitation#token=…`.
 */
export async function mailedLink(email: string, count: number): Promise<string> {
  await expect
    .poll(() => linksFor(email).length, { message: `mail ${String(count)} to ${email}` })
    .toBeGreaterThanOrEqual(count);
  const link = linksFor(email)[count - 1];
  if (link === undefined) {
    throw new Error(`no mail ${String(count)} to ${email}`);
  }
  return link;
}
