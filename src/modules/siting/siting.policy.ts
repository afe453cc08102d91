// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with weighings and facility layers.
 *
 * - A scenario belongs to a province, optionally to one municipality. Province coordinators read
 *   and change every scenario of their province; municipal officers those of their own
 *   municipality. Others do not see scenarios (404 outside the scope).
 * - Candidates are registered locations the caller may read (locations policy).
 * - Facility layers are shared reference data: coordinators and municipal officers read them;
 *   province coordinators import and delete them.
 */
import { authorize, coversMunicipality, coversProvince, hasRole, requireSignedIn } from '../../shared/policy.ts';
import type { Authenticated, Principal } from '../../shared/principal.ts';

export type ScenarioRef = { provinceCode: string; municipalityCode: string | null };

export const sitingPolicy = {
  /** May use weighings at all (which ones: canRead / canEdit). */
  canUseWeighing: (principal: Principal): boolean => hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer'),
  canCreate: (principal: Principal, scenario: ScenarioRef): boolean =>
    scenario.municipalityCode === null
      ? coversProvince(principal, scenario.provinceCode)
      : coversMunicipality(principal, { code: scenario.municipalityCode, provinceCode: scenario.provinceCode }),
  canRead: (principal: Principal, scenario: ScenarioRef): boolean => sitingPolicy.canCreate(principal, scenario),
  canEdit: (principal: Principal, scenario: ScenarioRef): boolean => sitingPolicy.canCreate(principal, scenario),
  canReadLayers: (principal: Principal): boolean => hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer'),
  canManageLayers: (principal: Principal): boolean => hasRole(principal, 'province_coordinator') && principal.provinces.length > 0,
};

/** A signed-in caller who may use weighings (401 / 403 otherwise), for the routes. */
export function requireWeigher(principal: Principal): Authenticated {
  const person = requireSignedIn(principal);
  authorize(person, sitingPolicy.canUseWeighing(person), 'to use the siting weighing');
  return person;
}
