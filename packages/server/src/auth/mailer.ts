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

/** Sends mail: over SMTP when `SMTP_URL` is set (smtp-mailer.ts), else to the development outbox. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The development outbox also keeps what it "sent", so tests can follow the links. */
export interface DevOutbox extends Mailer {
  readonly sent: readonly MailMessage[];
}

/** `alex@example.org` → `a***@example.org`: enough to tell test accounts apart, not to identify a person. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * A mailer that writes each link to the server log, flagged `devOnly`, instead of sending mail.
 * The recipient is masked and the body is not logged, so the log holds no personal data beyond
 * the link itself.
 *
 * @param log - The app logger.
 * @returns The outbox; `sent` lists every message in order.
 */
export function createDevOutbox(log: AppLogger): DevOutbox {
  const sent: MailMessage[] = [];
  return {
    sent,
    send: (message) => {
      sent.push(message);
      log.warn(
        { devOnly: true, mail: { to: maskEmail(message.to), subject: message.subject, link: message.link } },
        'development outbox: no SMTP is configured, so this link is logged instead of mailed',
      );
      return Promise.resolve();
    },
  };
}

/**
 * An outbox that only remembers messages: for tests, which read the links from `sent`.
 *
 * @returns The outbox.
 */
export function createMemoryOutbox(): DevOutbox {
  const sent: MailMessage[] = [];
  return {
    sent,
    send: (message) => {
      sent.push(message);
      return Promise.resolve();
    },
  };
}
