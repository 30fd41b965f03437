import { describe, expect, it } from 'vitest';
import { createLogger } from '../request-logging.js';
import { mailerFor } from './mail-transport.js';

function capture() {
  const lines: string[] = [];
  const log = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) });
  return { lines, log, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const MESSAGE = {
  to: 'jamie.fictional@example.org',
  subject: 'You are invited to kratom-care',
  text: 'A body',
  link: 'https://care.example.org/accept-invitation#token=secret-token',
};

describe('choosing the mailer', () => {
  it('in production without SMTP_URL says so at start and never logs a link or keeps the message', async () => {
    const { lines, log, entries } = capture();
    const mailer = mailerFor({ nodeEnv: 'production' }, log);
    expect(entries()[0]).toMatchObject({ level: 40, smtpConfigured: false });
    expect(String(entries()[0]?.msg)).toContain('SMTP_URL is not set');

    await mailer.send(MESSAGE);
    expect(entries()[1]).toMatchObject({ level: 50, mail: { to: 'j***@example.org', subject: MESSAGE.subject } });
    expect(lines.join('')).not.toContain('secret-token');
    expect(lines.join('')).not.toContain('devOnly');
    expect('sent' in mailer).toBe(false);
  });

  it('in development and test without SMTP_URL uses the development outbox (links in the log, devOnly)', async () => {
    for (const nodeEnv of ['development', 'test'] as const) {
      const { log, entries } = capture();
      await mailerFor({ nodeEnv }, log).send(MESSAGE);
      expect(entries()).toHaveLength(1);
      expect(entries()[0]).toMatchObject({ devOnly: true, mail: { link: MESSAGE.link } });
    }
  });

  it('uses SMTP whenever SMTP_URL is set, in production too', () => {
    const { lines, log } = capture();
    const mailer = mailerFor({ nodeEnv: 'production', smtpUrl: 'smtp://127.0.0.1:1' }, log) as { close?: () => void };
    expect(typeof mailer.close).toBe('function');
    mailer.close?.();
    expect(lines).toEqual([]);
  });
});
