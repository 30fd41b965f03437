import { configure, render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { AppRoutes } from '../app/app-routes';

// Pages are lazy chunks; the first import of one in a test file can take over a second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

/**
 * Renders the whole app at a URL, with the real providers and routes: the same tree the browser gets,
 * minus BrowserRouter.
 *
 * @param path - The URL to open.
 * @returns Testing Library's render result.
 */
export function renderApp(path: string): RenderResult {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders languages={['en-US']}>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
}
