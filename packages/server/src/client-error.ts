import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { TApiError } from '@kratom-care/contracts';

/** What Node reports when it cannot parse a request; `code` picks the answer. */
export type ClientError = Error & { readonly code?: string };

type ClientErrorStatus = 400 | 408 | 431;

// The `/api` error shape, so a client parses these like any other error. Nothing from the request
// is echoed: it could not even be parsed.
const BODIES: Readonly<Record<ClientErrorStatus, TApiError>> = {
  400: { code: 'INVALID_QUERY', message: 'The request is not valid HTTP' },
  408: { code: 'INVALID_QUERY', message: 'The request took too long to arrive' },
  431: { code: 'INVALID_QUERY', message: 'The request headers are too large' },
};

function statusOf(error: ClientError): ClientErrorStatus {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return 431;
  }
  return error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
}

/**
 * The whole raw HTTP response for one status: the security headers, a JSON error body, and
 * `Connection: close`, as the connection cannot be reused after a parse error.
 *
 * @param status - 400, 408 or 431.
 * @param headers - The security headers to send.
 * @returns The bytes to write to the socket, as a string.
 */
export function rawClientErrorResponse(status: ClientErrorStatus, headers: Readonly<Record<string, string>>): string {
  const body = JSON.stringify(BODIES[status]);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Builds Fastify's `clientErrorHandler` (issue 8 defect 7). Node raises client errors, such as a
 * malformed request line (400) or oversized headers (431), before Fastify has a request or a
 * reply, so no hook runs and Fastify's default writes a bare response to the socket. This one
 * writes the same security headers every API response carries. The three possible responses are
 * built once, here.
 *
 * @param headers - The API security headers (`SecurityHeaders.api`).
 * @returns The handler.
 */
export function clientErrorHandler(
  headers: Readonly<Record<string, string>>,
): (error: ClientError, socket: Socket) => void {
  const responses: Readonly<Record<ClientErrorStatus, string>> = {
    400: rawClientErrorResponse(400, headers),
    408: rawClientErrorResponse(408, headers),
    431: rawClientErrorResponse(431, headers),
  };
  return (error, socket) => {
    // As Fastify's default: a reset connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) {
      return;
    }
    if (socket.writable) {
      socket.write(responses[statusOf(error)]);
    }
    socket.destroy(error);
  };
}
