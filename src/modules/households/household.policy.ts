// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may see and change households (pseudonymous, but about vulnerable people):
 * - a municipal officer: the households assigned to their own municipalities;
 * - a COA officer: every household (COA receives them and knows who is ready for housing).
 * Province coordinators, partners and the public never see households or their pseudonyms;
 * they work with counts (balances).
 */
import type { Principal } from '../../shared/principal.ts';

const isCoaOfficer = (principal: Principal): boolean => principal.kind === 'person' && principal.roles.includes('coa_officer');

const isOfficerOf = (principal: Principal, code: string | null | undefined): boolean =>
  principal.kind === 'person' &&
  code !== null &&
  code !== undefined &&
  principal.roles.includes('municipal_officer') &&
  principal.municipalities.includes(code);

export const householdPolicy = {
  canCreate: (principal: Principal, municipalityCode: string | null): boolean =>
    isCoaOfficer(principal) || isOfficerOf(principal, municipalityCode),
  canAccess: (principal: Principal, household: { municipalityCode: string | null }): boolean =>
    isCoaOfficer(principal) || isOfficerOf(principal, household.municipalityCode),
  canList: (principal: Principal, municipalityCode: string | undefined): boolean =>
    isCoaOfficer(principal) || isOfficerOf(principal, municipalityCode),
};
