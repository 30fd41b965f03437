import { z } from 'zod';

/**
 * The short, generic list of error codes every `/api/*` error carries. Clients branch on the code,
 * never on the message.
 */
export const AppErrorCode = {
  /** The JSON body is missing, malformed or does not match the route's schema. 400. */
  INVALID_BODY: 'INVALID_BODY',
  /** The URL, its path parameters or its query string are invalid. 400. */
  INVALID_QUERY: 'INVALID_QUERY',
  /** No such route or record (also answered for records the caller may not see). 404. */
  NOT_FOUND: 'NOT_FOUND',
  /** The body is not `application/json`. 415. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The body is larger than the limit (1 MB). 413. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Too many requests from this client; retry later. 429. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Anything unexpected. 500, with no details. */
  INTERNAL: 'INTERNAL',
  /** No valid session, or wrong sign-in details. 401. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A staff member must enrol and use a TOTP second factor first. 403. */
  SECOND_FACTOR_REQUIRED: 'SECOND_FACTOR_REQUIRED',
  /** A state-changing request without the custom header or from another origin (SECURITY.md BR-01). 403. */
  CSRF_REJECTED: 'CSRF_REJECTED',
  /** A reset, invitation, setup or second-factor token or code is wrong, used or expired. 400. */
  INVALID_TOKEN: 'INVALID_TOKEN',
  /** The request conflicts with what exists (for example an email already registered). 409. */
  CONFLICT: 'CONFLICT',
  /** A change needs `If-Match` with the version the client read. 428. */
  PRECONDITION_REQUIRED: 'PRECONDITION_REQUIRED',
  /** The record changed since the client read it (`If-Match` names an old version). 412. */
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  /** The `Idempotency-Key` was already used with a different body. 422. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;

export type TAppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

/** Every code, in declaration order. */
export const APP_ERROR_CODES = Object.values(AppErrorCode) as [TAppErrorCode, ...TAppErrorCode[]];

/** One problem with one field: `path` leads from the body root to the bad field. */
export const ZApiIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

export type TApiIssue = z.infer<typeof ZApiIssue>;

/** The body of every `/api/*` error response. */
export const ZApiError = z.object({
  code: z.enum(APP_ERROR_CODES),
  message: z.string(),
  issues: z.array(ZApiIssue).optional(),
  flags: z
    .array(z.string())
    .readonly()
    .optional()
    .describe(
      'Scoring routes only: safety flags (e.g. "suicidal-ideation") raised by the answers that could be read. ' +
        'A 400 for a bad or missing answer still carries them, so a client can show crisis help at once ' +
        '(clinical reference Appendix C.4.4).',
    ),
});

export type TApiError = z.infer<typeof ZApiError>;
