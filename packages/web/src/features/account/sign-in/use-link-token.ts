import { useLocation } from 'react-router';

/**
 * The single-use token of a mailed link (setup, invitation, password reset). The server puts it in the
 * URL fragment (`#token=…`) so it never reaches a server or proxy log; `?token=` is read as a fallback.
 *
 * @returns The token, or '' when the link has none.
 */
export function useLinkToken(): string {
  const { hash, search } = useLocation();
  const fromHash = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get('token');
  return fromHash ?? new URLSearchParams(search).get('token') ?? '';
}
