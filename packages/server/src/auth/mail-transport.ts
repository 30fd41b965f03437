import type { AppConfig } from '../config.js';
import type { AppLogger } from '../request-logging.js';
import { createDevOutbox, createUndeliverableMailer, type Mailer } from './mailer.js';
import { createSmtpMailer } from './smtp-mailer.js';

/** The From address when `MAIL_FROM` is unset. */
const DEFAULT_FROM = 'no-reply@kratom-care.invalid';

/**
 * The mailer the configuration asks for: SMTP when `SMTP_URL` is set; otherwise the development
 * outbox (links in the log) in development and test, and in production a mailer that refuses to
 * send, with a warning at start-up, because a reset link in a production log is an account takeover.
 *
 * @param config - `SMTP_URL`, `MAIL_FROM` and `NODE_ENV`.
 * @param log - The app logger.
 * @returns The mailer.
 */
export function mailerFor(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'nodeEnv'>, log: AppLogger): Mailer {
  if (config.smtpUrl !== undefined) {
    return createSmtpMailer(config.smtpUrl, config.mailFrom ?? DEFAULT_FROM);
  }
  if (config.nodeEnv !== 'production') {
    return createDevOutbox(log);
  }
  log.warn(
    { smtpConfigured: false },
    'SMTP_URL is not set: invitation and password-reset mail cannot be sent, and links are not logged in production',
  );
  return createUndeliverableMailer(log);
}
