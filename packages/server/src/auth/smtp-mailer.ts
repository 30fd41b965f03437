import { createTransport } from 'nodemailer';
import type { Mailer } from './mailer.js';

/**
 * Sends invitation and password-reset mail through an SMTP relay (nodemailer). `smtps://` uses TLS from
 * the first byte; `smtp://` upgrades with STARTTLS when the relay offers it.
 *
 * @param smtpUrl - `smtp://user:pass@host:587` or `smtps://user:pass@host:465`.
 * @param from - The From address.
 * @returns A mailer whose `send` resolves once the relay has accepted the message.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  const transport = createTransport(smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => {
      transport.close();
    },
  };
}
