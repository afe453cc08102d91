// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchRoute } from './routes.ts';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'province', provinceCode: 'PV26' }],
    ['/provincies/pv27', { name: 'province', provinceCode: 'PV27' }],
    ['/gemeenten/GM0344', { name: 'municipality', code: 'GM0344' }],
    ['/gemeenten/GM0344/', { name: 'municipality', code: 'GM0344' }],
    ['/audit', { name: 'audit' }],
    ['/reacties', { name: 'reactions' }],
    ['/eerste-gebruik', { name: 'firstRun' }],
    ['/gemeenten/utrecht', { name: 'notFound' }],
    ['/onbekend', { name: 'notFound' }],
  ])('maps %s', (path, expected) => {
    expect(matchRoute(path)).toEqual(expected);
  });

  it('keeps a same-site return path after sign-in and drops others', () => {
    expect(matchRoute('/inloggen', '?terug=%2Faudit')).toEqual({ name: 'signIn', next: '/audit' });
    expect(matchRoute('/inloggen', '?terug=https%3A%2F%2Fevil.example')).toEqual({ name: 'signIn', next: null });
    expect(matchRoute('/inloggen', '?terug=%2F%2Fevil.example')).toEqual({ name: 'signIn', next: null });
  });
});
