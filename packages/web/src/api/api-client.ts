import { asApiError, toApiError } from './api-error';

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

/** Everything the UI asks of the server goes through one of these; tests pass a fake. */
export interface ApiClient {
  /** Resolves for 2xx; rejects with an `ApiError` otherwise (status 0 when the network failed). */
  request<T>(request: ApiRequest): Promise<ApiResponse<T>>;
}

/** The CSRF marker the server requires on every mutation (SECURITY.md, auth/csrf.ts). */
export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_VALUE = 'kratom-care';

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
 * The real client: same-origin `fetch` with the session cookie, JSON both ways, and the CSRF
 * header on every request that changes something.
 *
 * @param fetchImpl - The fetch to use (the browser's by default).
 * @returns The client.
 */
export function createFetchClient(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): ApiClient {
  return {
    async request<T>({ method, path, query, body, headers }: ApiRequest): Promise<ApiResponse<T>> {
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
      return { status: response.status, data: data as T, etag: response.headers.get('ETag') };
    },
  };
}
