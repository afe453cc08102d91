// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SessionPerson } from './api/session-api.ts';
import { canEditMunicipalityProfile, isProvinceCoordinator } from './permissions.ts';

function person(roles: SessionPerson['roles']): SessionPerson {
  return {
    id: 'p1',
    displayName: 'Test',
    email: 'test@example.org',
    roles,
    provinces: [],
    municipalities: [],
    locations: [],
    organisation: { id: 'o1', name: 'Provincie Utrecht', kind: 'province' },
  };
}

const utrecht = { code: 'GM0344', provinceCode: 'PV26' };

describe('canEditMunicipalityProfile', () => {
  it.each([
    ['coordinator of the province', person([{ role: 'province_coordinator', scopes: ['PV26'] }]), true],
    ['coordinator of another province', person([{ role: 'province_coordinator', scopes: ['PV27'] }]), false],
    ['officer of the municipality', person([{ role: 'municipal_officer', scopes: ['GM0344'] }]), true],
    ['officer of another municipality', person([{ role: 'municipal_officer', scopes: ['GM0307'] }]), false],
    ['partner', person([{ role: 'partner', scopes: [] }]), false],
    ['nobody signed in', null, false],
  ])('%s → %s', (_label, who, expected) => {
    expect(canEditMunicipalityProfile(who, utrecht)).toBe(expected);
  });
});

describe('isProvinceCoordinator', () => {
  it('is true only with the coordinator role', () => {
    expect(isProvinceCoordinator(person([{ role: 'province_coordinator', scopes: ['PV26'] }]))).toBe(true);
    expect(isProvinceCoordinator(person([{ role: 'municipal_officer', scopes: ['GM0344'] }]))).toBe(false);
    expect(isProvinceCoordinator(null)).toBe(false);
  });
});
