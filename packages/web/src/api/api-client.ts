import { asApiError, toApiError } from './api-error';
import { checkResponse, type SchemaRef } from './response-check';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest {
  readonly method: HttpMethod;
  /** Same-origin path, e.g. `/api/facilities`. */
  readonly path: string;
  /** Empty, null and undefined values are left out. */
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ApiResponse<T> {
  readonly status: number;
  readonly data: T;
  /** The `ETag` header, for `If-Match` on the next write. */
  readonly etag: string | null;
}

/** What came back before it was checked: a 2xx status, the parsed JSON (null when empty) and the ETag. */
export type RawResponse = ApiResponse<unknown>;

/** Moves one request to the server and back; the real one is `fetch`, tests use a fake. */
export type ApiTransport = (request: ApiRequest) => Promise<RawResponse>;

/** Everything the UI asks of the server goes through one of these; tests pass a fake. */
export interface ApiClient {
  /**
   * Resolves for 2xx with the body typed by its response schema from `@kratom-care/contracts`;
   * rejects with an `ApiError` otherwise (status 0 when the network failed). In development and in
   * tests the body is checked against the schema first (see {@link VALIDATE_RESPONSES}).
   */
  request<T>(request: ApiRequest, schema: SchemaRef<T>): Promise<ApiResponse<T>>;
}

/** The CSRF marker the server requires on every mutation (SECURITY.md, auth/csrf.ts). */
export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_VALUE = 'kratom-care';

/**
 * Whether responses are checked against their schemas: in the dev server and in tests, where a
 * drifted contract should fail loudly. The production build skips it; Vite folds this to `false`, so
 * the check costs nothing there.
 */
export const VALIDATE_RESPONSES: boolean = import.meta.env.DEV || import.meta.env.MODE === 'test';

/**
 * Joins a path and its query, leaving out empty values so filters that were not set are not sent.
 *
 * @param path - The path.
 * @param query - The parameters.
 * @returns The URL path with its query string.
 * @example buildUrl('/api/audit', { action: 'read', patientId: '' }) // '/api/audit?action=read'
 */
export function buildUrl(path: string, query?: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      params.append(name, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The real transport: same-origin `fetch` with the session cookie, JSON both ways, and the CSRF
 * header on every request that changes something.
 *
 * @param fetchImpl - The fetch to use (the browser's by default).
 * @returns The transport.
 */
export function fetchTransport(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): ApiTransport {
  return async ({ method, path, query, body, headers }) => {
    const sent: Record<string, string> = { Accept: 'application/json', ...headers };
    if (method !== 'GET') {
      sent[CSRF_HEADER] = CSRF_VALUE;
    }
    if (body !== undefined) {
      sent['Content-Type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await fetchImpl(buildUrl(path, query), {
        method,
        credentials: 'same-origin',
        headers: sent,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw asApiError(error);
    }
    const data = await readBody(response);
    if (!response.ok) {
      throw toApiError(response.status, data);
    }
    return { status: response.status, data, etag: response.headers.get('ETag') };
  };
}

/**
 * A client over any transport: every answer passes {@link checkResponse} before a caller sees it.
 *
 * @param transport - How requests travel.
 * @param options - `validate`: check bodies against their schemas (default {@link VALIDATE_RESPONSES}).
 * @returns The client.
 */
export function createApiClient(
  transport: ApiTransport,
  { validate = VALIDATE_RESPONSES }: { readonly validate?: boolean } = {},
): ApiClient {
  return {
    async request(request, schema) {
      const raw = await transport(request);
      const data = await checkResponse(schema, raw.data, request, raw.status, validate);
      return { status: raw.status, data, etag: raw.etag };
    },
  };
}

/**
 * The browser's client: {@link fetchTransport} behind {@link createApiClient}.
 *
 * @param fetchImpl - The fetch to use (the browser's by default).
 * @param options - As for {@link createApiClient}.
 * @returns The client.
 */
export function createFetchClient(fetchImpl?: typeof fetch, options: { readonly validate?: boolean } = {}): ApiClient {
  return createApiClient(fetchTransport(fetchImpl), options);
}
