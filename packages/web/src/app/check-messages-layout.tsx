import { Outlet } from 'react-router';
import { CHECK_CATALOGUES } from '../i18n/check-catalogues';
import { MessagesLayer } from '../i18n/messages-layer';

// Loaded together with the frame, so opening a step costs one round of chunks fewer.
export { StepGuard } from '../features/self-check/step-guard';

/**
 * The frame of `/check/*`: the questions' and results' wording, layered over the first screen's. A lazy
 * chunk of its own, so the start page downloads none of it.
 */
export function CheckMessagesLayout() {
  return (
    <MessagesLayer catalogues={CHECK_CATALOGUES}>
      <Outlet />
    </MessagesLayer>
  );
}
