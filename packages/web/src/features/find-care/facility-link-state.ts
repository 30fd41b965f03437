/** What a result's link hands its facility page: the finder's query, for "Back to the results". */
export interface FacilityLinkState {
  readonly finderSearch?: string;
}

/**
 * @param state - The location state the facility page was opened with.
 * @returns The finder address to go back to: the results it came from, or the empty finder.
 */
export function finderAddressFrom(state: unknown): string {
  const search = (state as FacilityLinkState | null)?.finderSearch;
  return typeof search === 'string' && search.startsWith('?') ? `/find-care${search}` : '/find-care';
}
