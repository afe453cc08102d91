// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with reception locations. Checked before anything is written; a location
 * outside the caller's scope answers 404 (authorizeOrHide), so its existence does not leak.
 *
 * - Province coordinators read and edit every location in their provinces.
 * - Municipal officers read and edit only the locations in their own municipalities.
 * - COA officers read the locations in their scope (location ids) and record their occupancy.
 * - The public reads nothing yet: the residents' pages (issue 6) will show locations whose
 *   `isPublic` flag is set, with their public summary.
 */
import { coversMunicipality, hasRole } from '../../shared/policy.ts';
import type { Authenticated, Principal } from '../../shared/principal.ts';
import type { LocationScope } from './location.repository.ts';

/** A location as the policy sees it. */
export type LocationRef = { id: string; municipalityCode: string; provinceCode: string };

const isCoaFor = (principal: Principal, locationId: string): boolean =>
  hasRole(principal, 'coa_officer') && principal.locations.includes(locationId);

const coversLocation = (principal: Principal, location: LocationRef): boolean =>
  coversMunicipality(principal, { code: location.municipalityCode, provinceCode: location.provinceCode });

export const locationPolicy = {
  /** May use the register at all (lists are then filtered by scopeOf). */
  canUseRegister: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer'),
  canRead: (principal: Principal, location: LocationRef): boolean => coversLocation(principal, location) || isCoaFor(principal, location.id),
  /** May create a location in this municipality, or move one into it. */
  canCreateIn: (principal: Principal, municipality: { code: string; provinceCode: string }): boolean =>
    coversMunicipality(principal, municipality),
  canEdit: (principal: Principal, location: LocationRef): boolean => coversLocation(principal, location),
  canRecordOccupancy: (principal: Principal, location: LocationRef): boolean =>
    coversLocation(principal, location) || isCoaFor(principal, location.id),
  /** Progress figures (places per municipality/province/safety region): counts, no personal data. */
  canReadProgress: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer'),
};

/** The locations a signed-in person may see, as SQL scope parts. */
export function scopeOf(principal: Authenticated): LocationScope {
  return {
    provinces: principal.roles.includes('province_coordinator') ? principal.provinces : [],
    municipalities: principal.roles.includes('municipal_officer') ? principal.municipalities : [],
    locationIds: principal.roles.includes('coa_officer') ? principal.locations : [],
  };
}
