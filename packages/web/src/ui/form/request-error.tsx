import { useEffect, useRef } from 'react';
import { NETWORK_ERROR, type ApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';

/** Codes with our own wording; anything else shows the server's plain-language message. */
const CODE_KEYS: Readonly<Record<string, string>> = {
  [NETWORK_ERROR]: 'error.network',
  RATE_LIMITED: 'error.rateLimited',
  NOT_FOUND: 'error.notFound',
  PRECONDITION_FAILED: 'error.stale',
  CSRF_REJECTED: 'error.reload',
  SECOND_FACTOR_REQUIRED: 'error.secondFactor',
};

/**
 * @param t - The translator.
 * @param error - The failure.
 * @returns A plain-language sentence for it.
 */
export function describeError(t: (key: string) => string, error: ApiError): string {
  const key = error.status === 412 ? 'error.stale' : CODE_KEYS[error.code];
  if (key !== undefined) {
    return t(key);
  }
  return error.message === '' || error.status >= 500 ? t('error.generic') : error.message;
}

interface RequestErrorProps {
  readonly error: ApiError;
  /** When it changes, the message takes focus (after a failed submit). */
  readonly focusKey?: number;
  readonly onRetry?: () => void;
}

/** A failure that belongs to no single field, announced and focusable. */
export function RequestError({ error, focusKey, onRetry }: RequestErrorProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== undefined && focusKey > 0) {
      ref.current?.focus();
    }
  }, [focusKey]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>{describeError(t, error)}</p>
      {onRetry === undefined ? null : (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
