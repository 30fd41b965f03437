import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createSmtpMailer } from './smtp-mailer.js';

/** A minimal SMTP relay on 127.0.0.1 that accepts every message and keeps what it received. */
function startRelay(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const server = createServer((socket) => {
    let inData = false;
    let data = '';
    let buffer = '';
    socket.write('220 relay.test ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline = buffer.indexOf('\r\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(data);
            data = '';
            socket.write('250 queued\r\n');
          } else {
            data += `${line}\n`;
          }
        } else if (/^(EHLO|HELO)/i.test(line)) {
          socket.write('250 relay.test\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) {
          socket.end('221 bye\r\n');
        } else {
          socket.write('250 ok\r\n');
        }
        newline = buffer.indexOf('\r\n');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, port: (server.address() as AddressInfo).port, received });
    });
  });
}

describe('mail over SMTP', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;

  beforeAll(async () => {
    relay = await startRelay();
  });

  afterAll(() => {
    relay.server.close();
  });

  it('hands an invitation to the relay with its link, from the configured address', async () => {
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${relay.port}`, 'care@riverbend.example.org');
    const link = 'http://localhost:3000/invitation#token=fictional-token';
    await mailer.send({ to: 'casey.clinician@example.org', subject: 'You are invited', text: `Open ${link}`, link });
    mailer.close();
    expect(relay.received).toHaveLength(1);
    const message = relay.received[0] ?? '';
    expect(message).toContain('From: care@riverbend.example.org');
    expect(message).toContain('To: casey.clinician@example.org');
    expect(message).toContain('Subject: You are invited');
    expect(message).toContain('fictional-token');
  });

  it('is configured by SMTP_URL and MAIL_FROM, and rejects a URL that is not smtp(s)', () => {
    const config = loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example.org', MAIL_FROM: 'care@example.org' }, '/');
    expect(config.smtpUrl).toBe('smtps://user:secret@mail.example.org');
    expect(config.mailFrom).toBe('care@example.org');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' }, '/')).toThrow(/SMTP_URL/);
    expect(loadConfig({}, '/').smtpUrl).toBeUndefined();
  });
});
