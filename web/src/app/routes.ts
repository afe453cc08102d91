// SPDX-License-Identifier: EUPL-1.2
/** Which page a path shows. Pure, so it can be tested without a browser. */
import { defaultProvinceCode } from '../lib/paths.ts';

export type Route =
  | { name: 'province'; provinceCode: string }
  | { name: 'municipality'; code: string }
  | { name: 'taakstelling'; provinceCode: string; period: string | null }
  | { name: 'taakstellingReport'; provinceCode: string; period: string | null }
  | { name: 'municipalityTaakstelling'; code: string }
  | { name: 'signIn'; next: string | null }
  | { name: 'audit' }
  | { name: 'housing'; provinceCode?: string; municipalityCode?: string }
  | { name: 'reactions' }
  | { name: 'reactionsOverview'; locationId: string | null; from: string | null; to: string | null }
  | { name: 'activitiesModeration' }
  | { name: 'firstRun' }
  | { name: 'locations' }
  | { name: 'newLocation' }
  | { name: 'locationProgress' }
  | { name: 'location'; id: string }
  | { name: 'scenarios' }
  | { name: 'scenario'; id: string }
  | IntegrationRoute
  | { name: 'placement'; provinceCode: string; proposalId: string | null }
  | { name: 'notFound' };

/** The integration pages (issue 8): waiting times, households, partner offers, practice library. */
export type IntegrationRoute =
  | { name: 'integrationMunicipality'; code: string; indicator: WaitingSlug | null }
  | { name: 'integrationProvince'; provinceCode: string }
  | { name: 'household'; id: string }
  | { name: 'myOffers' }
  | { name: 'partnerReferrals' }
  | { name: 'practices'; q: string; theme: string | null }
  | { name: 'newPractice' }
  | { name: 'practice'; id: string };

/** The waiting-time filters as they appear in the address (?wachttijd=taal). */
export const waitingSlugs = ['huisvesting', 'taal', 'school-of-werk'] as const;
export type WaitingSlug = (typeof waitingSlugs)[number];

/** Finds the page for a path (and query string). */
export function matchRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') {
    return { name: 'province', provinceCode: defaultProvinceCode };
  }
  const housing = /^\/(provincies|gemeenten)\/(PV\d{2}|GM\d{4})\/woningbouw$/i.exec(path);
  if (housing?.[2]) {
    const code = housing[2].toUpperCase();
    return code.startsWith('PV') ? { name: 'housing', provinceCode: code } : { name: 'housing', municipalityCode: code };
  }
  const province = /^\/provincies\/(PV\d{2})$/i.exec(path);
  if (province?.[1]) {
    return { name: 'province', provinceCode: province[1].toUpperCase() };
  }
  const taakstelling = /^\/provincies\/(PV\d{2})\/taakstelling(\/rapport)?$/i.exec(path);
  if (taakstelling?.[1]) {
    const provinceCode = taakstelling[1].toUpperCase();
    const period = safePeriod(new URLSearchParams(search).get('periode'));
    return taakstelling[2] ? { name: 'taakstellingReport', provinceCode, period } : { name: 'taakstelling', provinceCode, period };
  }
  const placement = /^\/provincies\/(PV\d{2})\/plaatsing$/i.exec(path);
  if (placement?.[1]) {
    const proposalId = new URLSearchParams(search).get('voorstel');
    return { name: 'placement', provinceCode: placement[1].toUpperCase(), proposalId: proposalId && new RegExp(`^${uuid}$`, 'i').test(proposalId) ? proposalId.toLowerCase() : null };
  }
  const municipalityTaakstelling = /^\/gemeenten\/(GM\d{4})\/taakstelling$/i.exec(path);
  if (municipalityTaakstelling?.[1]) {
    return { name: 'municipalityTaakstelling', code: municipalityTaakstelling[1].toUpperCase() };
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
  if (path === '/reacties/activiteiten') {
    return { name: 'activitiesModeration' };
  }
  if (path === '/reacties/overzicht') {
    return reactionsOverviewRoute(new URLSearchParams(search));
  }
  if (path === '/eerste-gebruik') {
    return { name: 'firstRun' };
  }
  return matchLocationRoute(path) ?? matchIntegrationRoute(path, new URLSearchParams(search)) ?? { name: 'notFound' };
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const fixedLocationRoutes: Record<string, Route> = {
  '/locaties': { name: 'locations' },
  '/locaties/nieuw': { name: 'newLocation' },
  '/locaties/voortgang': { name: 'locationProgress' },
  '/afwegingen': { name: 'scenarios' },
};

// The register of reception locations and the siting weighings (issue 4).
function matchLocationRoute(path: string): Route | null {
  const fixed = fixedLocationRoutes[path];
  if (fixed) {
    return fixed;
  }
  const location = new RegExp(`^/locaties/(${uuid})$`, 'i').exec(path);
  if (location?.[1]) {
    return { name: 'location', id: location[1].toLowerCase() };
  }
  const scenario = new RegExp(`^/afwegingen/(${uuid})$`, 'i').exec(path);
  if (scenario?.[1]) {
    return { name: 'scenario', id: scenario[1].toLowerCase() };
  }
  return null;
}

// The officials' overview of residents' reactions (issue 6): a location and a period, each optional.
function reactionsOverviewRoute(params: URLSearchParams): Route {
  const date = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  const location = params.get('locatie');
  const locationId = location && new RegExp(`^${uuid}$`, 'i').test(location) ? location.toLowerCase() : null;
  return { name: 'reactionsOverview', locationId, from: date(params.get('van')), to: date(params.get('tot')) };
}

const fixedIntegrationRoutes: Record<string, IntegrationRoute> = {
  '/aanbod': { name: 'myOffers' },
  '/aanbod/doorverwijzingen': { name: 'partnerReferrals' },
  '/praktijken/nieuw': { name: 'newPractice' },
};

// Waiting times, households, offers and the practice library (issue 8).
function matchIntegrationRoute(path: string, query: URLSearchParams): IntegrationRoute | null {
  const fixed = fixedIntegrationRoutes[path];
  if (fixed) {
    return fixed;
  }
  const area = /^\/(gemeenten|provincies)\/(GM\d{4}|PV\d{2})\/integratie$/i.exec(path);
  if (area?.[2]) {
    const code = area[2].toUpperCase();
    if (code.startsWith('PV') !== (area[1]?.toLowerCase() === 'provincies')) {
      return null;
    }
    const slug = query.get('wachttijd');
    const indicator = waitingSlugs.find((candidate) => candidate === slug) ?? null;
    return code.startsWith('PV') ? { name: 'integrationProvince', provinceCode: code } : { name: 'integrationMunicipality', code, indicator };
  }
  if (path === '/praktijken') {
    return { name: 'practices', q: query.get('q') ?? '', theme: query.get('thema') || null };
  }
  const byId = new RegExp(`^/(huishoudens|praktijken)/(${uuid})$`, 'i').exec(path);
  if (byId?.[2]) {
    const id = byId[2].toLowerCase();
    return byId[1]?.toLowerCase() === 'huishoudens' ? { name: 'household', id } : { name: 'practice', id };
  }
  return null;
}

// A period that is not written like 2024-I is ignored: the page then opens its default period.
function safePeriod(period: string | null): string | null {
  return period && /^\d{4}-(I|II)$/.test(period) ? period : null;
}

// Only same-site paths may follow a sign-in: an open redirect would help phishing.
function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//')) {
    return null;
  }
  return next;
}
