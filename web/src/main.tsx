// SPDX-License-Identifier: EUPL-1.2
/** Entry point of the web app. */
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
import './app/styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AppProviders } from './app/providers.tsx';
import { createI18n } from './i18n/i18n.ts';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html lacks <div id="root">');
}
createRoot(root).render(
  <StrictMode>
    <AppProviders i18n={createI18n()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
