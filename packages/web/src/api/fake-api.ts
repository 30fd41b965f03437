import { createApiClient, type ApiClient, type ApiRequest, type ApiTransport } from './api-client';
import { toApiError } from './api-error';

/** What a fake route answers: a status, a JSON body and optionally an ETag. */
export interface FakeReply {
  readonly status: number;
  readonly body?: unknown;
  readonly etag?: string;
}

export type FakeHandler = (request: ApiRequest) => FakeReply | Promise<FakeReply>;

export interface FakeApi extends ApiClient {
  /** Every request, in order, for assertions. */
  readonly calls: ApiRequest[];
  /** Adds or replaces the handler for `"METHOD /path"` (path without query). */
  on(route: string, handler: FakeHandler): void;
}

/**
 * An in-memory API for component tests, passed through the same context as the real client and
 * wrapped by the same {@link createApiClient}: every 2xx body a handler answers is checked against
 * the response schema the page asked with, so a fake that drifts from the contracts fails the test.
 * Routes are `"METHOD /path"`; anything not listed answers the server's 404.
 *
 * @param routes - Handlers keyed by `"METHOD /path"`.
 * @returns The fake client.
 */
export function createFakeApi(routes: Readonly<Record<string, FakeHandler>> = {}): FakeApi {
  const handlers = new Map<string, FakeHandler>(Object.entries(routes));
  const calls: ApiRequest[] = [];
  const transport: ApiTransport = async (request) => {
    calls.push(request);
    const handler = handlers.get(`${request.method} ${request.path}`);
    const reply =
      handler === undefined
        ? { status: 404, body: { code: 'NOT_FOUND', message: 'Not found' } }
        : await handler(request);
    if (reply.status >= 400) {
      throw toApiError(reply.status, reply.body);
    }
    return { status: reply.status, data: reply.body ?? null, etag: reply.etag ?? null };
  };
  const client = createApiClient(transport, { validate: true });
  return {
    calls,
    on(route, handler) {
      handlers.set(route, handler);
    },
    request: (request, schema) => client.request(request, schema),
  };
}
