// SPDX-License-Identifier: EUPL-1.2
/**
 * The practice library is for officials: every signed-in coordinator, municipal officer and COA
 * officer reads it; a municipal officer publishes for their own municipality, a coordinator for
 * any municipality of their province.
 */
import { coversMunicipality, hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';

export const practicePolicy = {
  canRead: (principal: Principal): boolean =>
    hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer'),
  canPublish: (principal: Principal, municipality: { code: string; provinceCode: string | null }): boolean => coversMunicipality(principal, municipality),
};
