// SPDX-License-Identifier: EUPL-1.2
/**
 * Which register controls to show, mirroring src/modules/locations/location.policy.ts: province
 * coordinators register and edit locations anywhere in their province, municipal officers only
 * in their own municipality, COA officers record the occupancy of their locations. The server
 * decides for real; this only hides what it would refuse.
 */
import type { SessionPerson } from '../auth/api/session-api.ts';
import { grantCovers } from '../auth/permissions.ts';

type Place = { municipalityCode: string; provinceCode: string };

/** May register a location somewhere (a coordinator or a municipal officer). */
export function canRegisterLocations(person: SessionPerson | null): boolean {
  return person?.roles.some((grant) => grant.role === 'province_coordinator' || grant.role === 'municipal_officer') ?? false;
}

/** May change this location and record its steps. */
export function canEditLocation(person: SessionPerson | null, place: Place): boolean {
  if (!person) {
    return false;
  }
  return grantCovers(person, 'province_coordinator', place.provinceCode) || grantCovers(person, 'municipal_officer', place.municipalityCode);
}

/** May record a count of persons at this location. */
export function canRecordOccupancy(person: SessionPerson | null, place: Place & { id: string }): boolean {
  return canEditLocation(person, place) || (person !== null && grantCovers(person, 'coa_officer', place.id));
}

/** The province whose municipalities the register's filters and map show. */
export function homeProvinceOf(person: SessionPerson | null, fallback: string): string {
  const grant = person?.roles.find((candidate) => candidate.role === 'province_coordinator');
  return grant?.scopes[0] ?? fallback;
}

/** Uses the register at all: coordinators, municipal officers and COA officers. */
export function usesRegister(person: SessionPerson | null): boolean {
  return person?.roles.some((grant) => ['province_coordinator', 'municipal_officer', 'coa_officer'].includes(grant.role)) ?? false;
}

/** Uses the siting weighings: coordinators and municipal officers (siting.policy.ts). */
export function usesWeighing(person: SessionPerson | null): boolean {
  return canRegisterLocations(person);
}
