import { describe, expect, it } from 'vitest';
import { createLogger } from '../request-logging.js';
import { createDevOutbox, createMemoryOutbox, maskEmail, OUTBOX_LIMIT } from './mailer.js';

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

  it('remembers only the most recent messages, so a long-running process does not grow (issue 8)', async () => {
    const outboxes = [createDevOutbox(createLogger({ logLevel: 'silent' })), createMemoryOutbox()];
    for (const outbox of outboxes) {
      for (let index = 0; index < OUTBOX_LIMIT + 50; index += 1) {
        await outbox.send({ to: `p${index}@example.org`, subject: 'Reset', text: 'Body', link: `http://x/#${index}` });
      }
      expect(outbox.sent).toHaveLength(OUTBOX_LIMIT);
      expect(outbox.sent[0]?.to).toBe('p50@example.org');
      expect(outbox.sent.at(-1)?.to).toBe(`p${OUTBOX_LIMIT + 49}@example.org`);
    }
  });

  it('masks odd addresses without failing', () => {
    expect(maskEmail('@example.org')).toBe('***');
    expect(maskEmail('x')).toBe('***');
  });
});
