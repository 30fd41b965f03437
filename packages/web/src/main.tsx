import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/app-providers';
import { AppRoutes } from './app/app-routes';
import { registerServiceWorker } from './offline/register-service-worker';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/buttons.css';
import './styles/feedback.css';
import './styles/results.css';
import './styles/print.css';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <AppProviders>
          <AppRoutes />
        </AppProviders>
      </BrowserRouter>
    </StrictMode>,
  );
}

// Only the production build has a worker (/sw.js); the dev server serves modules that change on every edit.
if (import.meta.env.PROD) {
  registerServiceWorker();
}
