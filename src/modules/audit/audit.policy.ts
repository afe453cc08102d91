// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may read the audit trail: province coordinators, who supervise the whole chain. The
 * trail holds no personal values (the triggers redact them), only who changed which record.
 */
import { hasRole } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';

/** Province coordinators only. */
export function canReadAuditTrail(principal: Principal): boolean {
  return hasRole(principal, 'province_coordinator');
}
