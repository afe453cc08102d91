// SPDX-License-Identifier: EUPL-1.2
/** Dutch paths of the pages, for links from anywhere in the app (app/routes.ts reads them back). */

/** The province shown on the start page (the pilot province of Utrecht). */
export const defaultProvinceCode = 'PV26';

/** Builders of the Dutch page paths. */
export const paths = {
  home: '/',
  province: (code: string) => `/provincies/${code}`,
  municipality: (code: string) => `/gemeenten/${code}`,
  taakstelling: (province: string, period?: string) =>
    `/provincies/${province}/taakstelling${period ? `?periode=${encodeURIComponent(period)}` : ''}`,
  taakstellingReport: (province: string, period: string) =>
    `/provincies/${province}/taakstelling/rapport?periode=${encodeURIComponent(period)}`,
  municipalityTaakstelling: (code: string) => `/gemeenten/${code}/taakstelling`,
  signIn: (next?: string) => (next ? `/inloggen?terug=${encodeURIComponent(next)}` : '/inloggen'),
  audit: '/audit',
  housing: (code: string) => (code.startsWith('PV') ? `/provincies/${code}/woningbouw` : `/gemeenten/${code}/woningbouw`),
  reactions: '/reacties',
  activitiesModeration: '/reacties/activiteiten',
  reactionsOverview: (filter: { locationId?: string; from?: string; to?: string } = {}) => {
    const query = new URLSearchParams();
    for (const [key, value] of [['locatie', filter.locationId], ['van', filter.from], ['tot', filter.to]] as const) {
      if (value) {
        query.set(key, value);
      }
    }
    const text = query.toString();
    return text ? `/reacties/overzicht?${text}` : '/reacties/overzicht';
  },
  firstRun: '/eerste-gebruik',
  locations: '/locaties',
  newLocation: '/locaties/nieuw',
  locationProgress: '/locaties/voortgang',
  location: (id: string) => `/locaties/${id}`,
  scenarios: '/afwegingen',
  scenario: (id: string) => `/afwegingen/${id}`,
  integrationMunicipality: (code: string, indicator?: string) =>
    `/gemeenten/${code}/integratie${indicator ? `?wachttijd=${encodeURIComponent(indicator)}` : ''}`,
  integrationProvince: (code: string) => `/provincies/${code}/integratie`,
  household: (id: string) => `/huishoudens/${id}`,
  myOffers: '/aanbod',
  partnerReferrals: '/aanbod/doorverwijzingen',
  practices: (q?: string, theme?: string | null) => {
    const params = new URLSearchParams();
    if (q) {
      params.set('q', q);
    }
    if (theme) {
      params.set('thema', theme);
    }
    const text = params.toString();
    return text ? `/praktijken?${text}` : '/praktijken';
  },
  newPractice: '/praktijken/nieuw',
  practice: (id: string) => `/praktijken/${id}`,
  placement: (province: string, proposalId?: string) => `/provincies/${province}/plaatsing${proposalId ? `?voorstel=${encodeURIComponent(proposalId)}` : ''}`,
} as const;
