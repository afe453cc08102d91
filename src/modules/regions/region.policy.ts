// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with regional data. The regional reference data (provinces, municipalities,
 * population, boundaries, sources) and the municipal contact profiles are public: residents
 * read them without an account. Changing a profile is for the province coordinator of the
 * municipality's province, or a municipal officer scoped to that municipality.
 */
import { AppError } from '../../shared/errors.ts';
import { coversMunicipality, requireSignedIn } from '../../shared/policy.ts';
import type { Authenticated, Principal } from '../../shared/principal.ts';

/** Public reference data: anyone, signed in or not. */
export function canReadRegions(_principal: Principal): boolean {
  return true;
}

/**
 * First gate of a profile change, before any data is read: the public gets 401, and a signed-in
 * person without a role that can ever edit a profile gets 403.
 */
export function requireProfileEditor(principal: Principal): Authenticated {
  const person = requireSignedIn(principal);
  const mayEditSome =
    (person.roles.includes('province_coordinator') && person.provinces.length > 0) ||
    (person.roles.includes('municipal_officer') && person.municipalities.length > 0);
  if (!mayEditSome) {
    throw new AppError('FORBIDDEN', 'Only province coordinators and municipal officers may change a municipal profile.');
  }
  return person;
}

/** Second gate, with the municipality's (public) province known: is it in the person's scope? */
export function canEditMunicipalityProfile(
  principal: Principal,
  municipality: { code: string; provinceCode: string },
): boolean {
  return coversMunicipality(principal, municipality);
}
