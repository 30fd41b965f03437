import type { TAssessment, TVitals } from '@kratom-care/contracts';
import { useMemo } from 'react';
import type { ApiError } from '../../../api/api-error';
import { useApiInfiniteQuery } from '../../../api/use-api-list';
import { ASSESSMENT_LIST, VITALS_LIST } from '../record-lists';

/** A page of a record list: the most the API gives at once (keyset pages of at most 100). */
const PAGE = 100;

/** What the tab shows: the withdrawal scores and the vitals loaded so far, and how to load earlier ones. */
export interface WithdrawalLists {
  /** COWS and both SOWS variants, newest first within each scale. */
  readonly assessments: readonly TAssessment[];
  readonly vitals: readonly TVitals[];
  readonly isPending: boolean;
  readonly error: ApiError | null;
  readonly retry: () => void;
  /** Some list has an earlier page. */
  readonly hasMore: boolean;
  readonly isFetchingMore: boolean;
  readonly loadMore: () => void;
}

/**
 * The patient's COWS, SOWS and vitals, newest first, a page of 100 at a time each. The assessments are
 * read per scale with `?instrument=` (one index range each), so other questionnaires never take a page.
 *
 * @param base - `/api/patients/:id`.
 * @returns The lists and their state.
 */
export function useWithdrawalLists(base: string): WithdrawalLists {
  const path = `${base}/assessments`;
  const cows = useApiInfiniteQuery(ASSESSMENT_LIST, { path, query: { instrument: 'cows', limit: PAGE } });
  const sowsKratom = useApiInfiniteQuery(ASSESSMENT_LIST, {
    path,
    query: { instrument: 'sows-kratom-adapted', limit: PAGE },
  });
  const sowsPublished = useApiInfiniteQuery(ASSESSMENT_LIST, {
    path,
    query: { instrument: 'sows-handelsman-1987', limit: PAGE },
  });
  const vitals = useApiInfiniteQuery(VITALS_LIST, { path: `${base}/vitals`, query: { limit: PAGE } });
  const lists = [cows, sowsKratom, sowsPublished, vitals] as const;

  // The pages' arrays are new on every render; the charts redraw only when a page arrives.
  const assessments = useMemo(
    () =>
      [cows.data, sowsKratom.data, sowsPublished.data].flatMap(
        (data) => data?.pages.flatMap((page) => page.items) ?? [],
      ),
    [cows.data, sowsKratom.data, sowsPublished.data],
  );
  const vitalSets = useMemo(() => vitals.data?.pages.flatMap((page) => page.items) ?? [], [vitals.data]);
  return {
    assessments,
    vitals: vitalSets,
    isPending: lists.some((list) => list.isPending),
    error: lists.find((list) => list.error !== null)?.error ?? null,
    retry: () => {
      for (const list of lists) {
        void list.refetch();
      }
    },
    hasMore: lists.some((list) => list.hasNextPage),
    isFetchingMore: lists.some((list) => list.isFetchingNextPage),
    loadMore: () => {
      for (const list of lists) {
        if (list.hasNextPage) {
          void list.fetchNextPage();
        }
      }
    },
  };
}
