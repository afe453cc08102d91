// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SessionPerson } from '../auth/api/session-api.ts';
import { canEditLocation, canRecordOccupancy, canRegisterLocations, homeProvinceOf } from './permissions.ts';

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

const inUtrecht = { id: 'loc-1', municipalityCode: 'GM0344', provinceCode: 'PV26' };

describe('[LOCATIONS] controls shown for the register (mirrors location.policy.ts)', () => {
  it.each([
    ['coordinator of the province', person([{ role: 'province_coordinator', scopes: ['PV26'] }]), true, true],
    ['coordinator of another province', person([{ role: 'province_coordinator', scopes: ['PV27'] }]), false, false],
    ['officer of the municipality', person([{ role: 'municipal_officer', scopes: ['GM0344'] }]), true, true],
    ['officer of another municipality', person([{ role: 'municipal_officer', scopes: ['GM0307'] }]), false, false],
    ['COA officer of the location', person([{ role: 'coa_officer', scopes: ['loc-1'] }]), false, true],
    ['partner', person([{ role: 'partner', scopes: [] }]), false, false],
    ['nobody signed in', null, false, false],
  ])('%s: edit %s, count %s', (_label, who, edit, count) => {
    expect(canEditLocation(who, inUtrecht)).toBe(edit);
    expect(canRecordOccupancy(who, inUtrecht)).toBe(count);
  });

  it('offers registration to coordinators and municipal officers only', () => {
    expect(canRegisterLocations(person([{ role: 'municipal_officer', scopes: ['GM0344'] }]))).toBe(true);
    expect(canRegisterLocations(person([{ role: 'coa_officer', scopes: ['loc-1'] }]))).toBe(false);
    expect(canRegisterLocations(null)).toBe(false);
  });

  it("shows a coordinator's own province, else the default", () => {
    expect(homeProvinceOf(person([{ role: 'province_coordinator', scopes: ['PV27'] }]), 'PV26')).toBe('PV27');
    expect(homeProvinceOf(person([{ role: 'municipal_officer', scopes: ['GM0344'] }]), 'PV26')).toBe('PV26');
  });
});
