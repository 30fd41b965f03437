import { describe, expect, it } from 'vitest';
import { createLogger } from '../request-logging.js';
import { createDevOutbox, maskEmail } from './mailer.js';

describe('development outbox', () => {
  it('logs the link flagged devOnly, with the recipient masked and no body', async () => {
    const lines: string[] = [];
    const log = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) });
    const outbox = createDevOutbox(log);
    await outbox.send({
      to: 'jamie.fictional@example.org',
      subject: 'Reset your kratom-care password',
      text: 'A body that must not be logged',
      link: 'http://localhost:3000/reset-password#token=abc',
    });

    expect(outbox.sent).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({
      devOnly: true,
      mail: { to: 'j***@example.org', link: 'http://localhost:3000/reset-password#token=abc' },
    });
    expect(lines.join('')).not.toContain('jamie.fictional');
    expect(lines.join('')).not.toContain('must not be logged');
  });

  it('masks odd addresses without failing', () => {
    expect(maskEmail('@example.org')).toBe('***');
    expect(maskEmail('x')).toBe('***');
  });
});
