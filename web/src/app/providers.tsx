// SPDX-License-Identifier: EUPL-1.2
/** Everything the app needs around it: translations and the router. */
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from '../lib/router.tsx';

/** Wraps the app in translations and the router. */
export function AppProviders({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <RouterProvider>{children}</RouterProvider>
    </I18nextProvider>
  );
}
