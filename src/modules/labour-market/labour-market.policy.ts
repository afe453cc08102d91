// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may see and change the regional labour market: figures about regions, not people, so
 * everyone signed in reads them; province coordinators import them (they run the placement).
 */
import { hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';

export const labourMarketPolicy = {
  canRead: (principal: Principal): boolean => principal.kind === 'person',
  canImport: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),
};
