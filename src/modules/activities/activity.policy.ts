// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may moderate the activities board: moderators (all activities), province coordinators
 * (activities in their provinces) and municipal officers (in their municipalities). Anyone,
 * with or without an account, may post an activity and read the published board.
 */
import { hasRole } from '../../shared/policy.ts';
import type { Authenticated, Principal } from '../../shared/principal.ts';
import type { ActivityRecord, QueueScope } from './activity.repository.ts';

export const activityPolicy = {
  /** May open the moderation queue at all. */
  canModerate(principal: Principal): principal is Authenticated {
    return (
      hasRole(principal, 'moderator') || hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer')
    );
  },

  /** Which pending activities the caller sees. */
  queueScope(principal: Authenticated): QueueScope {
    return {
      all: principal.roles.includes('moderator'),
      provinces: principal.roles.includes('province_coordinator') ? principal.provinces : [],
      municipalities: principal.roles.includes('municipal_officer') ? principal.municipalities : [],
    };
  },

  /** May decide on this activity (outside the scope it is hidden: 404). */
  canDecide(principal: Authenticated, activity: Pick<ActivityRecord, 'municipality_code' | 'province_code'>): boolean {
    const scope = activityPolicy.queueScope(principal);
    return scope.all || scope.provinces.includes(activity.province_code) || scope.municipalities.includes(activity.municipality_code);
  },
};
