import type { TApiIssue, TAppErrorCode } from '@kratom-care/contracts';

/** The HTTP status each error code is answered with. */
export const STATUS_BY_CODE: Readonly<Record<TAppErrorCode, number>> = {
  INVALID_BODY: 400,
  INVALID_QUERY: 400,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAUTHENTICATED: 401,
  SECOND_FACTOR_REQUIRED: 403,
  CSRF_REJECTED: 403,
  INVALID_TOKEN: 400,
  CONFLICT: 409,
  PRECONDITION_REQUIRED: 428,
  PRECONDITION_FAILED: 412,
  IDEMPOTENCY_KEY_REUSED: 422,
};

/**
 * The one error type handlers throw. Its message is sent to the client, so it must be written for
 * them and never contain answers or personal data.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly statusCode: number;

  /**
   * @param code - The error code; it sets the status.
   * @param message - Written for the client.
   * @param issues - One per bad field.
   * @param flags - Safety flags a scoring route read from the answers it refused (Appendix C.4.4).
   */
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly issues?: readonly TApiIssue[],
    readonly flags?: readonly string[],
  ) {
    super(message);
    this.statusCode = STATUS_BY_CODE[code];
  }
}
