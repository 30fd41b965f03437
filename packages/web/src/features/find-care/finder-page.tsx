import { ZFinderResponse, type TFinderResponse } from '@kratom-care/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { startTransition, useEffect, useOptimistic } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { RequestError } from '../../ui/form/request-error';
import { LoadingLine } from './loading-line';
import { FinderFilters } from './finder-filters';
import { FinderHeading } from './finder-heading';
import {
  INTENSITY_PARAM,
  chosenFilterCount,
  finderQuery,
  hasPlace,
  parseFinderSearch,
  type FinderSearch,
} from './finder-query';
import { FinderResults } from './finder-results';
import { FinderSearchForm } from './finder-search-form';

/** Marks the address the self-check's "Find care near you" opened, so the page can say why it is filtered. */
interface FromSelfCheck {
  readonly fromSelfCheck?: boolean;
}

interface ResultsBodyProps {
  readonly results: UseQueryResult<TFinderResponse>;
  readonly search: FinderSearch;
  readonly zipError: string | undefined;
}

/** What stands under "Results": a failure, a request to fix the ZIP or name a place, "Searching…", or the list. */
function ResultsBody({ results, search, zipError }: ResultsBodyProps) {
  const t = useT();
  if (zipError !== undefined) {
    return <p className="finder-empty">{t('findCare.results.fixZip')}</p>;
  }
  if (results.error !== null) {
    return (
      <RequestError
        error={results.error}
        onRetry={() => {
          void results.refetch();
        }}
      />
    );
  }
  if (!hasPlace(search)) {
    return <p className="finder-empty">{t('findCare.results.askPlace')}</p>;
  }
  if (results.data === undefined) {
    return <LoadingLine text={t('findCare.results.loading')} />;
  }
  return <FinderResults result={results.data} filtered={chosenFilterCount(search) > 0} nearZip={search.zip !== ''} />;
}

/**
 * `/find-care`: the public finder. Everything searched is in the address (./finder-query.ts), so the
 * back button, a reload and a shared link show the same results; the API is asked with that same query.
 * A new place to search is a new history entry; ticking a filter replaces the current one, so "Back"
 * leaves the finder instead of unticking boxes one by one.
 */
export function FinderPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const search = parseFinderSearch(params);
  const query = finderQuery(search);
  const fromSelfCheck = (location.state as FromSelfCheck | null)?.fromSelfCheck === true;

  // The self-check's care intensity becomes ordinary level filters the person can change; the letter itself
  // is not kept in the address, nor sent anywhere.
  const hasIntensity = params.has(INTENSITY_PARAM);
  useEffect(() => {
    if (hasIntensity) {
      void navigate({ search: query }, { replace: true, state: { fromSelfCheck: true } satisfies FromSelfCheck });
    }
  }, [hasIntensity, navigate, query]);

  const results = useApiQuery(
    ZFinderResponse,
    // The API needs a place; until one is given the page asks for it instead of sending a request.
    hasIntensity || !hasPlace(search) ? null : { path: `/api/finder/facilities?${query}` },
  );
  const zipError = results.error?.status === 400 ? results.error.fieldMessages().zip : undefined;

  // The router commits a new address in a transition, so a ticked box would show unticked until it does
  // (long enough on a slow phone to tick it twice). The filters show the choice at once meanwhile.
  const [shownSearch, showSearch] = useOptimistic(search);
  const go = (next: FinderSearch, replace: boolean): void => {
    startTransition(() => {
      showSearch(next);
      void navigate({ search: finderQuery(next) }, { replace, state: location.state as unknown });
    });
  };

  return (
    <div className="finder">
      <FinderHeading>{t('findCare.title')}</FinderHeading>
      <p className="lead">{t('findCare.lead')}</p>
      {fromSelfCheck && search.level.length > 0 ? <Notice>{t('findCare.fromSelfCheck')}</Notice> : null}
      <FinderSearchForm
        search={search}
        zipError={zipError}
        onSearch={(where) => {
          go({ ...search, ...where }, false);
        }}
      />
      <div className="finder__body">
        <FinderFilters
          search={shownSearch}
          onChange={(next) => {
            go(next, true);
          }}
        />
        <section className="finder__results" aria-labelledby="finder-results-title" aria-busy={results.isFetching}>
          <h2 id="finder-results-title">{t('findCare.results.title')}</h2>
          <ResultsBody results={results} search={search} zipError={zipError} />
          <p className="finder-callback">
            {t('findCare.callBack.prompt')}{' '}
            <Link
              to={
                search.level.length === 1
                  ? `/find-care/call-back?level=${search.level[0] ?? ''}`
                  : '/find-care/call-back'
              }
            >
              {t('findCare.callBack.link')}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}
