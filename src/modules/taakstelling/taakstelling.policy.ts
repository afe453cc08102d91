// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with the taakstelling. National tasks and their distribution are public
 * figures (published by the State), so anyone may read them; entering them is for coordinators.
 */
import type { Principal } from '../../shared/principal.ts';
import { hasRole } from '../../shared/policy.ts';

export const taakstellingPolicy = {
  canReadDistribution: (_principal: Principal): boolean => true,
  canEnterNationalTask: (principal: Principal): boolean => hasRole(principal, 'province_coordinator'),
};
