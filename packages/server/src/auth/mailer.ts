import type { AppLogger } from '../request-logging.js';

/** One message with one link in it: a password reset, an invitation. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  /** Plain text. Never contains a password. */
  readonly text: string;
  /** The single-use link the message carries. */
  readonly link: string;
}

/** Sends mail: over SMTP when `SMTP_URL` is set (smtp-mailer.ts); see mail-transport.ts for the rest. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The development outbox also keeps what it "sent", so tests can follow the links. */
export interface DevOutbox extends Mailer {
  /** The most recent messages, oldest first: at most {@link OUTBOX_LIMIT}. */
  readonly sent: readonly MailMessage[];
}

/** How many messages an outbox remembers; older ones are dropped, so a long-running process does not grow. */
export const OUTBOX_LIMIT = 100;

/** `alex@example.org` → `a***@example.org`: enough to tell test accounts apart, not to identify a person. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * An outbox that remembers the last {@link OUTBOX_LIMIT} messages and hands each to `deliver`.
 *
 * @param deliver - What "sending" does besides remembering.
 * @returns The outbox.
 */
function boundedOutbox(deliver: (message: MailMessage) => void): DevOutbox {
  const sent: MailMessage[] = [];
  return {
    sent,
    send: (message) => {
      sent.push(message);
      if (sent.length > OUTBOX_LIMIT) {
        sent.splice(0, sent.length - OUTBOX_LIMIT);
      }
      deliver(message);
      return Promise.resolve();
    },
  };
}

/**
 * Development and test only: a mailer that writes each link to the server log, flagged `devOnly`,
 * instead of sending mail. The recipient is masked and the body is not logged, so the log holds no
 * personal data beyond the link itself. Production never uses it (see mail-transport.ts): a link in
 * a production log would let anyone who reads the log take over the account.
 *
 * @param log - The app logger.
 * @returns The outbox; `sent` holds the most recent messages.
 */
export function createDevOutbox(log: AppLogger): DevOutbox {
  return boundedOutbox((message) => {
    log.warn(
      { devOnly: true, mail: { to: maskEmail(message.to), subject: message.subject, link: message.link } },
      'development outbox: no SMTP is configured, so this link is logged instead of mailed',
    );
  });
}

/**
 * An outbox that only remembers messages: for tests, which read the links from `sent`.
 *
 * @returns The outbox.
 */
export function createMemoryOutbox(): DevOutbox {
  return boundedOutbox(() => undefined);
}

/**
 * Production without `SMTP_URL`: nothing can be mailed. Each message is refused loudly in the log
 * (masked recipient and subject, never the link), and kept nowhere.
 *
 * @param log - The app logger.
 * @returns A mailer that delivers nothing.
 */
export function createUndeliverableMailer(log: AppLogger): Mailer {
  return {
    send: (message) => {
      log.error(
        { mail: { to: maskEmail(message.to), subject: message.subject } },
        'mail not sent: SMTP_URL is not set. Set it to deliver invitation and password-reset mail',
      );
      return Promise.resolve();
    },
  };
}
