import { toApiIssues, type TApiError, type TAppErrorCode } from '@kratom-care/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, STATUS_BY_CODE } from './errors.js';
import { requestLog } from './request-logging.js';
import { RequestValidationError } from './validation.js';

/** What every error becomes: a status and the `/api` error body. */
export interface RenderedError {
  readonly status: number;
  readonly body: TApiError;
}

const INTERNAL: RenderedError = {
  status: 500,
  body: { code: 'INTERNAL', message: 'Something went wrong' },
};

/** Messages for Fastify's own request errors; never echo theirs, which can quote the URL. */
const FASTIFY_ERRORS: Readonly<Record<string, { code: TAppErrorCode; message: string }>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than 1 MB' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INVALID_BODY', message: 'The body is empty' },
  // Also raised for `__proto__` and `constructor.prototype` keys (prototype poisoning, SECURITY.md IV-04).
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'INVALID_BODY',
    message: 'The body is not valid JSON, or uses a forbidden key such as "__proto__" or "constructor"',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_BODY', message: 'The body does not match Content-Length' },
  FST_ERR_BAD_URL: { code: 'INVALID_QUERY', message: 'The URL is not valid' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'INVALID_QUERY', message: 'The URL is too long' },
};

function codeForStatus(status: number): TAppErrorCode {
  switch (status) {
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INVALID_QUERY';
  }
}

function render(
  code: TAppErrorCode,
  message: string,
  issues?: RenderedError['body']['issues'],
  flags?: readonly string[],
): RenderedError {
  const body: TApiError = {
    code,
    message,
    ...(issues === undefined ? {} : { issues }),
    ...(flags === undefined ? {} : { flags }),
  };
  return { status: STATUS_BY_CODE[code], body };
}

/**
 * Maps any thrown value to the `/api` error shape. Known client errors keep a 4xx and say what to
 * fix; anything else becomes a bare 500 so no internals leak.
 *
 * @param error - Whatever a hook, parser or handler threw.
 * @returns The status and body to send.
 */
export function renderError(error: unknown): RenderedError {
  if (error instanceof AppError) {
    return render(error.code, error.message, error.issues === undefined ? undefined : [...error.issues], error.flags);
  }
  if (error instanceof RequestValidationError) {
    const context = (error as RequestValidationError & { validationContext?: string }).validationContext;
    return context === 'body'
      ? render('INVALID_BODY', 'The body is not valid', toApiIssues(error.issues))
      : render('INVALID_QUERY', 'The URL or query string is not valid', toApiIssues(error.issues));
  }
  const fastifyError = error as Partial<FastifyError> | null;
  const known = typeof fastifyError?.code === 'string' ? FASTIFY_ERRORS[fastifyError.code] : undefined;
  if (known !== undefined) {
    return { status: fastifyError?.statusCode ?? STATUS_BY_CODE[known.code], body: { ...known } };
  }
  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = codeForStatus(status);
    return { status, body: { code, message: code === 'NOT_FOUND' ? 'Not found' : 'The request is not valid' } };
  }
  return INTERNAL;
}

function send(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const { status, body } = renderError(error);
  if (status >= 500) {
    // Logged with the request id so support can find it; the client gets no details.
    requestLog(request).error({ err: error }, 'unhandled error');
    reply.header('x-request-id', request.id);
  }
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * Installs the one error handler and the `/api` part of the not-found handling.
 *
 * @param app - The root instance.
 * @param uiFallback - Answers non-API page navigations (the SPA shell); returns false to fall through to 404.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  uiFallback: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | false,
): void {
  app.setErrorHandler((error, request, reply) => send(request, reply, error));
  app.setNotFoundHandler((request, reply) => {
    const answered = uiFallback(request, reply);
    return answered === false ? send(request, reply, new AppError('NOT_FOUND', 'Not found')) : answered;
  });
}

/**
 * Builds Fastify's `frameworkErrors` option: errors raised before routing (an undecodable URL),
 * when no hook has run, so the security headers are set here.
 *
 * @param headers - The headers every API response carries.
 * @returns The handler.
 */
export function frameworkErrorHandler(
  headers: Readonly<Record<string, string>>,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    reply.headers(headers);
    void send(request, reply, error);
  };
}
