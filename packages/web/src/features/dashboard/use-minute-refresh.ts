import { useEffect } from 'react';

/** How often the dashboard and the board read again: due times move on by the minute. */
export const REFRESH_EVERY_MS = 60_000;

/**
 * Reads a query again every minute while the page is open, so an upcoming score becomes "due" and
 * then "overdue" without a reload.
 *
 * @param refetch - The query's `refetch`.
 */
export function useMinuteRefresh(refetch: () => unknown): void {
  useEffect(() => {
    const timer = window.setInterval(() => {
      void refetch();
    }, REFRESH_EVERY_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [refetch]);
}
