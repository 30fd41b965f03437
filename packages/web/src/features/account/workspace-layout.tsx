import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { ApiQueryProvider } from '../../api/query-provider';
import { MessagesLayer } from '../../i18n/messages-layer';
import { WORKSPACE_CATALOGUES } from '../../i18n/workspace-catalogues';
import './workspace.css';

/**
 * The frame of every account, admin, privacy and consent page. It is its own chunk: its messages and
 * styles load only when one of those pages opens, never for the public self-check.
 */
export function WorkspaceLayout() {
  return (
    <ApiQueryProvider>
      <MessagesLayer catalogues={WORKSPACE_CATALOGUES}>
        <Suspense fallback={<p className="loading" role="status" />}>
          <Outlet />
        </Suspense>
      </MessagesLayer>
    </ApiQueryProvider>
  );
}
