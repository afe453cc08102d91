// SPDX-License-Identifier: EUPL-1.2
/**
 * What the signed-in person may see or change, for showing the right controls. The server decides
 * for real (its policies); this only avoids offering actions that would be refused.
 */
import type { SessionPerson } from './api/session-api.ts';

/** Whether the person holds `role` for `scope` (a province, municipality or location code). */
export function grantCovers(person: SessionPerson, role: string, scope: string): boolean {
  return person.roles.some((grant) => grant.role === role && grant.scopes.includes(scope));
}

/** Province coordinators may read the audit trail. */
export function isProvinceCoordinator(person: SessionPerson | null): boolean {
  return person?.roles.some((grant) => grant.role === 'province_coordinator') ?? false;
}

/**
 * A municipality's contact profile may be changed by a coordinator of its province or by a
 * municipal officer of that municipality.
 */
export function canEditMunicipalityProfile(
  person: SessionPerson | null,
  municipality: { code: string; provinceCode: string },
): boolean {
  if (!person) {
    return false;
  }
  return (
    grantCovers(person, 'province_coordinator', municipality.provinceCode) ||
    grantCovers(person, 'municipal_officer', municipality.code)
  );
}

/** The area whose housing page the nav links to: a coordinator's province, else an officer's municipality. */
export function housingAreaOf(person: SessionPerson | null): string | null {
  const grant = person?.roles.find((g) => g.role === 'province_coordinator') ?? person?.roles.find((g) => g.role === 'municipal_officer');
  return grant?.scopes[0] ?? null;
}
