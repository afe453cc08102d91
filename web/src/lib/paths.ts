// SPDX-License-Identifier: EUPL-1.2
/** Dutch paths of the pages, for links from anywhere in the app (app/routes.ts reads them back). */

/** The province shown on the start page (the pilot province of Utrecht). */
export const defaultProvinceCode = 'PV26';

/** Builders of the Dutch page paths. */
export const paths = {
  home: '/',
  province: (code: string) => `/provincies/${code}`,
  municipality: (code: string) => `/gemeenten/${code}`,
  signIn: (next?: string) => (next ? `/inloggen?terug=${encodeURIComponent(next)}` : '/inloggen'),
  audit: '/audit',
  reactions: '/reacties',
  firstRun: '/eerste-gebruik',
} as const;
