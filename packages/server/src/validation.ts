import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/**
 * A failed request validation that keeps zod's structured issues. Fastify's own validation error
 * only keeps a joined `instancePath`, which is ambiguous for keys containing `/` and loses the
 * unknown-key list we need to name each bad field.
 */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  readonly statusCode = 400;

  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('Request validation failed');
  }
}

/**
 * Validates route parts (body, params, query) with the route's zod schema.
 * Fastify adds `validationContext` ('body', 'params', 'querystring', 'headers') to the error.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => {
  return (data) => {
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };
};
