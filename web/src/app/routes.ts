// SPDX-License-Identifier: EUPL-1.2
/** Which page a path shows. Pure, so it can be tested without a browser. */
import { defaultProvinceCode } from '../lib/paths.ts';

export type Route =
  | { name: 'province'; provinceCode: string }
  | { name: 'municipality'; code: string }
  | { name: 'signIn'; next: string | null }
  | { name: 'audit' }
  | { name: 'reactions' }
  | { name: 'firstRun' }
  | { name: 'notFound' };

/** Finds the page for a path (and query string). */
export function matchRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') {
    return { name: 'province', provinceCode: defaultProvinceCode };
  }
  const province = /^\/provincies\/(PV\d{2})$/i.exec(path);
  if (province?.[1]) {
    return { name: 'province', provinceCode: province[1].toUpperCase() };
  }
  const municipality = /^\/gemeenten\/(GM\d{4})$/i.exec(path);
  if (municipality?.[1]) {
    return { name: 'municipality', code: municipality[1].toUpperCase() };
  }
  if (path === '/inloggen') {
    return { name: 'signIn', next: safeNext(new URLSearchParams(search).get('terug')) };
  }
  if (path === '/audit') {
    return { name: 'audit' };
  }
  if (path === '/reacties') {
    return { name: 'reactions' };
  }
  if (path === '/eerste-gebruik') {
    return { name: 'firstRun' };
  }
  return { name: 'notFound' };
}

// Only same-site paths may follow a sign-in: an open redirect would help phishing.
function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//')) {
    return null;
  }
  return next;
}
