// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with partner offers:
 * - partners enter offers for their own organisation and change only those (another partner's
 *   offer is refused, 403); they see referrals to their own offers only;
 * - officials (coordinators, municipal and COA officers) and partners read the offers;
 * - the household's municipality refers households and records uptake;
 * - uptake figures: coordinators and municipal officers all, partners their own.
 */
import { hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';

export const isPartner = (principal: Principal): boolean => hasRole(principal, 'partner');
const isOfficial = (principal: Principal): boolean =>
  hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer') || hasRole(principal, 'coa_officer');

export const offerPolicy = {
  canCreate: (principal: Principal): boolean => isPartner(principal),
  canRead: (principal: Principal): boolean => isPartner(principal) || isOfficial(principal),
  canEdit: (principal: Principal, offer: { organisationId: string }): boolean =>
    isPartner(principal) && principal.kind === 'person' && principal.organisationId === offer.organisationId,
  canListReferrals: (principal: Principal): boolean => isPartner(principal) || hasRole(principal, 'municipal_officer'),
  canReadUptake: (principal: Principal): boolean =>
    isPartner(principal) || hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer'),
};
