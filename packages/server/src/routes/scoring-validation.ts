import { toApiIssues } from '@kratom-care/contracts';
import { AppError } from '../errors.js';
import { RequestValidationError } from '../validation.js';

/**
 * The error to answer for a scoring request whose body failed validation: the same 400 naming each
 * bad field, plus the safety flags read from the answers as sent. An incomplete PHQ-9 with item 9
 * above 0 must still reach crisis help, so the flag cannot wait for a valid body. Errors in other
 * parts of the request (path, query), and routes that read no flags, are returned unchanged.
 *
 * @param error - Fastify's validation error for the request (`request.validationError`).
 * @param flags - The safety flags of the raw body, or `undefined` when the route reads none.
 * @returns The error to throw.
 * @see Clinical reference Appendix C.4.4, "Safety flags survive bad input"
 */
export function validationErrorWithFlags(error: Error, flags: readonly string[] | undefined): Error {
  const context = (error as { validationContext?: unknown }).validationContext;
  if (flags === undefined || !(error instanceof RequestValidationError) || context !== 'body') {
    return error;
  }
  return new AppError('INVALID_BODY', 'The body is not valid', toApiIssues(error.issues), flags);
}

/**
 * @param body - A request body that may be anything.
 * @param key - The property to read.
 * @returns `body[key]` when the body is a plain object that has it as its own property.
 */
export function ownProperty(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null && Object.hasOwn(body, key)
    ? (body as Record<string, unknown>)[key]
    : undefined;
}
