import { configure, render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ApiClient } from '../api/api-client';
import { createFakeApi } from '../api/fake-api';
import { AppProviders } from '../app/app-providers';
import { AppRoutes } from '../app/app-routes';

// Pages are lazy chunks; the first import of one in a test file can take over a second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Every /check page waits for two lazy modules (the /check frame with the question wording, and the
// stored-copy reader), and the start page for the resume link; they pull in the instruments. Load them
// with the test file, not inside the first test's time limit.
await Promise.all([
  import('../app/check-messages-layout'),
  import('../features/self-check/state/stored-state'),
  import('../features/self-check/start/resume-link'),
]);

/**
 * Renders the whole app at a URL, with the real providers and routes: the same tree the browser gets,
 * minus BrowserRouter. The API is a fake; without one given, nobody is signed in.
 *
 * @param path - The URL to open.
 * @param api - The fake server.
 * @returns Testing Library's render result.
 */
export function renderApp(path: string, api: ApiClient = createFakeApi()): RenderResult {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders languages={['en-US']} api={api}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
}
