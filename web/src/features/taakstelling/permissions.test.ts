// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SessionPerson } from '../auth/api/session-api.ts';
import {
  canDecideSupervision,
  canEnterNationalTasks,
  canManageReceptionTargets,
  canReadBalances,
  canRecordRealisations,
  taakstellingHome,
} from './permissions.ts';

const person = (role: string, scopes: string[]): SessionPerson =>
  ({ id: 'p', displayName: 'P', email: 'p@example.test', roles: [{ role, scopes }], provinces: [], municipalities: [], locations: [], organisation: null }) as unknown as SessionPerson;

const utrecht = { code: 'GM0344', provinceCode: 'PV26' };

describe('[TAAKSTELLING] web permissions', () => {
  it.each([
    ['a coordinator of the province', person('province_coordinator', ['PV26']), true, true],
    ['a coordinator of another province', person('province_coordinator', ['PV27']), false, false],
    ['an officer of the municipality', person('municipal_officer', ['GM0344']), false, true],
    ['an officer of another municipality', person('municipal_officer', ['GM0307']), false, false],
    ['a COA officer', person('coa_officer', []), false, false],
    ['the public', null, false, false],
  ])('%s: decide %s, record %s', (_name, who, decide, record) => {
    expect(canDecideSupervision(who, utrecht)).toBe(decide);
    expect(canRecordRealisations(who, utrecht)).toBe(record);
  });

  it('offers balances and a home page by role', () => {
    expect(canReadBalances(person('coa_officer', []))).toBe(true);
    expect(canReadBalances(person('partner', []))).toBe(false);
    expect(taakstellingHome(person('province_coordinator', ['PV26']))).toEqual({ kind: 'province', code: 'PV26' });
    expect(taakstellingHome(person('municipal_officer', ['GM0344']))).toEqual({ kind: 'municipality', code: 'GM0344' });
    expect(taakstellingHome(person('partner', []))).toBeNull();
  });

  it('offers national task entry to any province coordinator, and reception entry to the province’s own', () => {
    expect(canEnterNationalTasks(person('province_coordinator', ['PV27']))).toBe(true);
    expect(canEnterNationalTasks(person('municipal_officer', ['GM0344']))).toBe(false);
    expect(canEnterNationalTasks(null)).toBe(false);
    expect(canManageReceptionTargets(person('province_coordinator', ['PV26']), 'PV26')).toBe(true);
    expect(canManageReceptionTargets(person('province_coordinator', ['PV27']), 'PV26')).toBe(false);
    expect(canManageReceptionTargets(person('municipal_officer', ['GM0344']), 'PV26')).toBe(false);
  });
});
