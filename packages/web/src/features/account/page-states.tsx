import type { ReactNode } from 'react';
import type { ApiError } from '../../api/api-error';
import { useT } from '../../i18n/use-t';
import { RequestError } from './form/request-error';

interface ResourceStateProps<T> {
  readonly state: { data: T | undefined; error: ApiError | undefined; isLoading: boolean; reload: () => void };
  /** True when the data holds nothing to show. */
  readonly isEmpty?: (data: T) => boolean;
  readonly emptyText: string;
  readonly children: (data: T) => ReactNode;
}

/** Loading, error (with "Try again"), empty, or the content: the four states of every list. */
export function ResourceState<T>({ state, isEmpty, emptyText, children }: ResourceStateProps<T>) {
  const t = useT();
  if (state.error !== undefined) {
    return <RequestError error={state.error} onRetry={state.reload} />;
  }
  if (state.isLoading || state.data === undefined) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (isEmpty?.(state.data) === true) {
    return <p className="workspace-empty">{emptyText}</p>;
  }
  return <>{children(state.data)}</>;
}
