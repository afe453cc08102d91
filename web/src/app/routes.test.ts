// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paths } from '../lib/paths.ts';
import { matchRoute } from './routes.ts';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'province', provinceCode: 'PV26' }],
    ['/provincies/pv27', { name: 'province', provinceCode: 'PV27' }],
    ['/gemeenten/GM0344', { name: 'municipality', code: 'GM0344' }],
    ['/gemeenten/GM0344/', { name: 'municipality', code: 'GM0344' }],
    ['/audit', { name: 'audit' }],
    ['/provincies/PV26/woningbouw', { name: 'housing', provinceCode: 'PV26' }],
    ['/gemeenten/gm0344/woningbouw', { name: 'housing', municipalityCode: 'GM0344' }],
    ['/reacties', { name: 'reactions' }],
    ['/reacties/activiteiten', { name: 'activitiesModeration' }],
    ['/eerste-gebruik', { name: 'firstRun' }],
    ['/provincies/PV26/taakstelling', { name: 'taakstelling', provinceCode: 'PV26', period: null }],
    ['/provincies/pv26/taakstelling/rapport', { name: 'taakstellingReport', provinceCode: 'PV26', period: null }],
    ['/gemeenten/gm0344/taakstelling', { name: 'municipalityTaakstelling', code: 'GM0344' }],
    ['/provincies/PV26/taakstelling/anders', { name: 'notFound' }],
    ['/gemeenten/utrecht', { name: 'notFound' }],
    ['/onbekend', { name: 'notFound' }],
    ['/locaties', { name: 'locations' }],
    ['/locaties/nieuw', { name: 'newLocation' }],
    ['/locaties/voortgang', { name: 'locationProgress' }],
    ['/locaties/6F1C2E0A-1B2C-4D3E-8F90-A1B2C3D4E5F6', { name: 'location', id: '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6' }],
    ['/locaties/123', { name: 'notFound' }],
    ['/afwegingen', { name: 'scenarios' }],
    ['/afwegingen/6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6', { name: 'scenario', id: '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6' }],
    ['/gemeenten/gm0344/integratie', { name: 'integrationMunicipality', code: 'GM0344', indicator: null }],
    ['/provincies/pv26/integratie', { name: 'integrationProvince', provinceCode: 'PV26' }],
    ['/gemeenten/PV26/integratie', { name: 'notFound' }],
    ['/provincies/GM0344/integratie', { name: 'notFound' }],
    ['/huishoudens/6F1C2E0A-1B2C-4D3E-8F90-A1B2C3D4E5F6', { name: 'household', id: '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6' }],
    ['/huishoudens/HH-7K3M-Q9XP', { name: 'notFound' }],
    ['/aanbod', { name: 'myOffers' }],
    ['/aanbod/doorverwijzingen', { name: 'partnerReferrals' }],
    ['/praktijken', { name: 'practices', q: '', theme: null }],
    ['/praktijken/nieuw', { name: 'newPractice' }],
    ['/praktijken/6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6', { name: 'practice', id: '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6' }],
  ])('maps %s', (path, expected) => {
    expect(matchRoute(path)).toEqual(expected);
  });

  it('reads the location and period of the reactions overview, ignoring malformed values, and round-trips paths.reactionsOverview', () => {
    const id = '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6';
    const full = new URL(paths.reactionsOverview({ locationId: id, from: '2026-01-01', to: '2026-03-31' }), 'http://x');
    expect(matchRoute(full.pathname, full.search)).toEqual({ name: 'reactionsOverview', locationId: id, from: '2026-01-01', to: '2026-03-31' });
    expect(matchRoute('/reacties/overzicht', '?locatie=123&van=gisteren&tot=2026-13')).toEqual({ name: 'reactionsOverview', locationId: null, from: null, to: null });
    expect(paths.reactionsOverview()).toBe('/reacties/overzicht');
  });

  it('reads the period of the taakstelling pages and ignores a malformed one', () => {
    expect(matchRoute('/provincies/PV26/taakstelling', '?periode=2024-I')).toEqual({ name: 'taakstelling', provinceCode: 'PV26', period: '2024-I' });
    expect(matchRoute('/provincies/PV26/taakstelling/rapport', '?periode=2024-II')).toEqual({
      name: 'taakstellingReport',
      provinceCode: 'PV26',
      period: '2024-II',
    });
    expect(matchRoute('/provincies/PV26/taakstelling', '?periode=2024-III')).toEqual({ name: 'taakstelling', provinceCode: 'PV26', period: null });
  });

  it('reads the waiting-time filter and the practice search from the query string', () => {
    expect(matchRoute('/gemeenten/GM0344/integratie', '?wachttijd=taal')).toEqual({ name: 'integrationMunicipality', code: 'GM0344', indicator: 'taal' });
    expect(matchRoute('/gemeenten/GM0344/integratie', '?wachttijd=DROP')).toEqual({ name: 'integrationMunicipality', code: 'GM0344', indicator: null });
    expect(matchRoute('/praktijken', '?q=%22taal+cafe%22+-sport&thema=language')).toEqual({ name: 'practices', q: '"taal cafe" -sport', theme: 'language' });
  });

  it('writes paths that read back to the same page', () => {
    expect(matchRoute(paths.integrationMunicipality('GM0344', 'school-of-werk').split('?')[0] ?? '', '?wachttijd=school-of-werk')).toMatchObject({ indicator: 'school-of-werk' });
    const search = paths.practices('"taal café" or werk', 'work');
    const [path, query] = search.split('?');
    expect(matchRoute(path ?? '', `?${query ?? ''}`)).toEqual({ name: 'practices', q: '"taal café" or werk', theme: 'work' });
    expect(paths.practices()).toBe('/praktijken');
  });

  it('opens the placement page with the chosen proposal, ignoring a malformed one', () => {
    const id = '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6';
    expect(matchRoute('/provincies/pv26/plaatsing')).toEqual({ name: 'placement', provinceCode: 'PV26', proposalId: null });
    expect(matchRoute('/provincies/PV26/plaatsing', `?voorstel=${id.toUpperCase()}`)).toEqual({ name: 'placement', provinceCode: 'PV26', proposalId: id });
    expect(matchRoute('/provincies/PV26/plaatsing', '?voorstel=123')).toEqual({ name: 'placement', provinceCode: 'PV26', proposalId: null });
  });

  it('keeps a same-site return path after sign-in and drops others', () => {
    expect(matchRoute('/inloggen', '?terug=%2Faudit')).toEqual({ name: 'signIn', next: '/audit' });
    expect(matchRoute('/inloggen', '?terug=https%3A%2F%2Fevil.example')).toEqual({ name: 'signIn', next: null });
    expect(matchRoute('/inloggen', '?terug=%2F%2Fevil.example')).toEqual({ name: 'signIn', next: null });
  });
});
