// SPDX-License-Identifier: EUPL-1.2
/**
 * Which taakstelling controls to offer the signed-in person. The server's taakstelling.policy.ts
 * decides for real; these mirror it so nobody is offered an action that would be refused.
 */
import type { SessionPerson } from '../auth/api/session-api.ts';
import { grantCovers } from '../auth/permissions.ts';

type MunicipalityScope = { code: string; provinceCode: string };

/** Only a coordinator of the municipality's province decides its step on the ladder. */
export function canDecideSupervision(person: SessionPerson | null, municipality: MunicipalityScope): boolean {
  return person !== null && grantCovers(person, 'province_coordinator', municipality.provinceCode);
}

/** National tasks and population reference dates are entered by province coordinators (any province). */
export function canEnterNationalTasks(person: SessionPerson | null): boolean {
  return person?.roles.some((grant) => grant.role === 'province_coordinator') ?? false;
}

/** Reception targets and place counts of a province are entered by its coordinators. */
export function canManageReceptionTargets(person: SessionPerson | null, provinceCode: string): boolean {
  return person !== null && grantCovers(person, 'province_coordinator', provinceCode);
}

/** The municipality's officers and its province's coordinators read and record realisations. */
export function canRecordRealisations(person: SessionPerson | null, municipality: MunicipalityScope): boolean {
  return (
    person !== null &&
    (grantCovers(person, 'province_coordinator', municipality.provinceCode) || grantCovers(person, 'municipal_officer', municipality.code))
  );
}

/** Balances are for coordinators, municipal officers and COA officers (each within their scope). */
export function canReadBalances(person: SessionPerson | null): boolean {
  return person?.roles.some((grant) => ['province_coordinator', 'municipal_officer', 'coa_officer'].includes(grant.role)) ?? false;
}

/** Where the navigation's "Taakstelling" link leads: the coordinator's province, else the officer's municipality. */
export function taakstellingHome(person: SessionPerson | null): { kind: 'province' | 'municipality'; code: string } | null {
  const grant = person?.roles.find((candidate) => candidate.role === 'province_coordinator' || candidate.role === 'municipal_officer');
  const code = grant?.scopes[0];
  if (!grant || !code) {
    return null;
  }
  return { kind: grant.role === 'province_coordinator' ? 'province' : 'municipality', code };
}
