import { ApiQueryProvider } from '../../api/query-provider';
import { MessagesLayer } from '../../i18n/messages-layer';
import { WORKSPACE_CATALOGUES } from '../../i18n/workspace-catalogues';
import { WorkspaceShell } from '../workspace/workspace-shell';
import './workspace.css';

/**
 * The frame of every account, admin, privacy, consent and clinical page. It is its own chunk: its messages,
 * styles and libraries load only when one of those pages opens, never for the public self-check.
 */
export function WorkspaceLayout() {
  return (
    <ApiQueryProvider>
      <MessagesLayer catalogues={WORKSPACE_CATALOGUES}>
        <WorkspaceShell />
      </MessagesLayer>
    </ApiQueryProvider>
  );
}
