import type { ZodType } from 'zod';
import type { ApiRequest } from './api-client';
import { ApiError } from './api-error';

/** A response schema from `@kratom-care/contracts` (type-only here: zod stays out of this module). */
export type ResponseSchema<T> = ZodType<T>;

/**
 * A schema, or a loader for one. Code in the self-check's first load (the session provider) passes a
 * loader, so the schema and zod arrive in a lazy chunk, and only when a check runs.
 */
export type SchemaRef<T> = ResponseSchema<T> | (() => Promise<ResponseSchema<T>>);

/** The code of a {@link ResponseMismatchError}. */
export const RESPONSE_MISMATCH = 'RESPONSE_MISMATCH';

/**
 * A 2xx body that does not match its contract: the client and the server disagree about the API. It
 * is an {@link ApiError} (so pages show their usual "something went wrong" state) whose message
 * names the request and every mismatching field, for the developer reading the console or a test.
 */
export class ResponseMismatchError extends ApiError {
  constructor(
    request: ApiRequest,
    status: number,
    mismatches: readonly { readonly path: string; readonly message: string }[],
  ) {
    const listed = mismatches.map((issue) => `${issue.path === '' ? '(body)' : issue.path}: ${issue.message}`);
    super(
      status,
      RESPONSE_MISMATCH,
      `${request.method} ${request.path} answered a body that does not match its schema: ${listed.join('; ')}`,
    );
    this.name = 'ResponseMismatchError';
  }
}

/**
 * Types a response body by its schema and, when `validate` is on, checks it first.
 *
 * The body is returned as sent, not as parsed: the contracts' response schemas do not transform, and
 * returning the same object in every build means development and production behave alike. Without
 * the check (the production build) the type rests on the server, which serializes every response
 * through the same schema (fastify-type-provider-zod).
 *
 * @param schema - The response schema, or a loader for it.
 * @param data - The parsed JSON body (null when empty).
 * @param request - The request, named in the error.
 * @param status - The response status, kept on the error.
 * @param validate - Whether to check.
 * @returns The body, typed.
 * @throws ResponseMismatchError when the check is on and the body does not match.
 */
export async function checkResponse<T>(
  schema: SchemaRef<T>,
  data: unknown,
  request: ApiRequest,
  status: number,
  validate: boolean,
): Promise<T> {
  if (validate) {
    const resolved = typeof schema === 'function' ? await schema() : schema;
    const result = resolved.safeParse(data);
    if (!result.success) {
      throw new ResponseMismatchError(
        request,
        status,
        result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      );
    }
  }
  // The one place a body gets its type: checked above in development and tests; in production the
  // server's response serializer has already enforced the same schema.
  return data as T;
}
