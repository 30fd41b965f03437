import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app-types.js';
import { API_CSP } from './security-headers.js';
import { buildTestApp } from './test/build-test-app.js';

// Issue 8 defect 7: Node answers unparseable requests before Fastify sees them, and Fastify's
// default client-error handler wrote those replies without any security header.

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Sends raw bytes on a fresh connection and reads until the server closes it. */
function sendRaw(port: number, bytes: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.write(bytes);
  });
}

function expectSecurityHeaders(response: RawResponse): void {
  expect(response.headers['content-security-policy']).toBe(API_CSP);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers['connection']).toBe('close');
  expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.body));
}

describe('replies to requests Node cannot parse', () => {
  let app: App;
  let port: number;

  beforeAll(async () => {
    app = await buildTestApp();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers a malformed request line 400 with the security headers and the API error shape', async () => {
    const response = await sendRaw(port, 'NOT A REQUEST\r\n\r\n');
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
    expect(JSON.parse(response.body)).toEqual({ code: 'INVALID_QUERY', message: 'The request is not valid HTTP' });
  });

  it('answers oversized headers 431 with the security headers, echoing nothing', async () => {
    const secret = 'x-oversized-secret-value';
    const response = await sendRaw(
      port,
      `GET /api/instruments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${secret}${'a'.repeat(64 * 1024)}\r\n\r\n`,
    );
    expect(response.status).toBe(431);
    expectSecurityHeaders(response);
    expect(JSON.parse(response.body)).toEqual({ code: 'INVALID_QUERY', message: 'The request headers are too large' });
    expect(response.body).not.toContain(secret);
  });

  it('still serves a well-formed request on the same server', async () => {
    const response = await sendRaw(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toBe(API_CSP);
  });
});
