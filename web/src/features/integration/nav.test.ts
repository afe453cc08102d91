// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SessionPerson } from '../auth/api/session-api.ts';
import { integrationNav, publishScopes } from './nav.ts';

const person = (role: string, scopes: string[]): SessionPerson =>
  ({ id: 'p', email: 'x@example.test', name: 'X', roles: [{ role, scopes }], organisation: { id: 'o', name: 'O', kind: 'partner' } }) as unknown as SessionPerson;

describe('integration navigation', () => {
  it('gives each role its own entries', () => {
    expect(integrationNav(person('municipal_officer', ['GM0344'])).map((item) => item.href)).toEqual(['/gemeenten/GM0344/integratie', '/praktijken']);
    expect(integrationNav(person('province_coordinator', ['PV26'])).map((item) => item.href)).toEqual(['/provincies/PV26/integratie', '/praktijken']);
    expect(integrationNav(person('coa_officer', [])).map((item) => item.href)).toEqual(['/praktijken']);
    expect(integrationNav(person('partner', [])).map((item) => item.href)).toEqual(['/aanbod', '/aanbod/doorverwijzingen']);
    expect(integrationNav(person('moderator', ['GM0344']))).toEqual([]);
    expect(integrationNav(null)).toEqual([]);
  });

  it('lets officers publish for their own municipalities and coordinators for their province', () => {
    expect(publishScopes(person('municipal_officer', ['GM0344']))).toEqual({ municipalities: ['GM0344'], provinces: [] });
    expect(publishScopes(person('province_coordinator', ['PV26']))).toEqual({ municipalities: [], provinces: ['PV26'] });
  });
});
