// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may use placement proposals: the province coordinators of the proposal's province, only.
 * They run, lock, forbid, accept and read it, including the pseudonyms and the attributes the
 * match uses of the households in it (docs/matching.md, "Who sees what"). Municipal officers
 * see their own households in the households module; nobody else sees a proposal.
 */
import { coversProvince } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';

export const proposalPolicy = {
  canUse: (principal: Principal, provinceCode: string): boolean => coversProvince(principal, provinceCode),
  /** The provinces whose proposals a caller may list (empty: none). */
  listableProvinces: (principal: Principal): string[] =>
    principal.kind === 'person' && principal.roles.includes('province_coordinator') ? principal.provinces : [],
};
