// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may manage accounts. Province coordinators administer the organisations of their province
 * and the people in them; everyone else sees only their own organisation and account. Routes
 * check `canManageAccounts` before any data is read; use cases check the record's province.
 */
import { coversProvince, hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { municipalityCodePattern, type RoleGrant } from './account.schema.ts';

/** Creating organisations and people, deactivating, resetting passwords: coordinators only. */
export function canManageAccounts(principal: Principal): boolean {
  return hasRole(principal, 'province_coordinator');
}

/** A coordinator of the province that administers the organisation. */
export function canAdministerOrganisation(
  principal: Principal,
  organisation: { provinceCode: string | null },
): boolean {
  return organisation.provinceCode !== null && coversProvince(principal, organisation.provinceCode);
}

/**
 * A coordinator may hand out roles within their province: the coordinator role only for
 * provinces they cover, municipality scopes only for municipalities in those provinces.
 * `provinceOf` places a municipality code (undefined when unknown).
 */
export function canGrantRoles(
  principal: Principal,
  grants: RoleGrant[],
  provinceOf: (municipalityCode: string) => string | undefined,
): boolean {
  if (!canManageAccounts(principal) || principal.kind !== 'person') {
    return false;
  }
  const covered = (province: string | undefined) => province !== undefined && principal.provinces.includes(province);
  return grants.every((grant) =>
    grant.scopes.every((scope) => {
      if (grant.role === 'province_coordinator') {
        return covered(scope);
      }
      return !municipalityCodePattern.test(scope) || covered(provinceOf(scope));
    }),
  );
}

/**
 * API tokens are managed from a browser session only: a leaked token cannot mint more tokens or
 * outlive its own revocation.
 */
export function canManageOwnTokens(principal: Principal): boolean {
  return principal.kind === 'person' && principal.via === 'session';
}

/** Everyone signed in may list people and organisations; what they see is scoped. */
export function canListAccounts(principal: Principal): boolean {
  return principal.kind === 'person';
}
