import type { ReactNode } from 'react';
import type { ApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form/request-error';

/** "Loading…", announced politely; every workspace page shows this while it waits. */
export function LoadingState({ label }: { readonly label?: string }) {
  const t = useT();
  return (
    <p className="ws-state ws-state--loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/** Nothing to show yet, said in words, with the next step when there is one (e.g. "Create a patient"). */
export function EmptyState({ text, action }: { readonly text: string; readonly action?: ReactNode }) {
  return (
    <div className="ws-state ws-state--empty">
      <p>{text}</p>
      {action ?? null}
    </div>
  );
}

/** A failed read: what went wrong in plain words and "Try again". */
export function ErrorState({ error, onRetry }: { readonly error: ApiError; readonly onRetry: () => void }) {
  return <RequestError error={error} onRetry={onRetry} />;
}

interface ResourceStateProps<T> {
  readonly state: { data: T | undefined; error: ApiError | undefined | null; isLoading: boolean; reload: () => void };
  /** True when the data holds nothing to show. */
  readonly isEmpty?: (data: T) => boolean;
  readonly emptyText: string;
  /** The next step offered with the empty state. */
  readonly emptyAction?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** Loading, error (with "Try again"), empty, or the content: the four states of every read. */
export function ResourceState<T>({ state, isEmpty, emptyText, emptyAction, children }: ResourceStateProps<T>) {
  if (state.error !== undefined && state.error !== null) {
    return <ErrorState error={state.error} onRetry={state.reload} />;
  }
  if (state.isLoading || state.data === undefined) {
    return <LoadingState />;
  }
  if (isEmpty?.(state.data) === true) {
    return <EmptyState text={emptyText} action={emptyAction} />;
  }
  return <>{children(state.data)}</>;
}

/** What {@link QueryState} reads from a TanStack Query result. */
interface QueryLike<T> {
  readonly data: T | undefined;
  readonly error: ApiError | null;
  readonly isPending: boolean;
  readonly refetch: () => unknown;
}

/** {@link ResourceState} for a query of the workspace's cache (`useApiQuery`). */
export function QueryState<T>({
  query,
  ...rest
}: Omit<ResourceStateProps<T>, 'state'> & { readonly query: QueryLike<T> }) {
  const state = {
    data: query.data,
    error: query.error,
    isLoading: query.isPending,
    reload: () => {
      void query.refetch();
    },
  };
  return <ResourceState state={state} {...rest} />;
}
