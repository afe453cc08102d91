// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what with residents' reactions and location pages. Checked before any write; a
 * reaction or location outside the caller's scope answers 404 (authorizeOrHide).
 *
 * - The public reads public location pages and sends reactions; nothing else.
 * - Moderators publish or hide reactions: every location when their role has no scopes (the
 *   central queue), else the locations and municipalities in their scopes.
 * - Province coordinators and municipal officers run the pages of the locations in their
 *   province or municipality: they moderate, answer, set the status, post announcements and
 *   set the contact and moderation mode.
 * - COA officers and partners have no part in it (COA's own contact goes on the page as text).
 */
import { coversMunicipality, hasRole } from '../../shared/policy.ts';
import type { Authenticated, Principal } from '../../shared/principal.ts';
import type { ReactionScope } from './reaction.repository.ts';

/** A location as the policy sees it. */
export type PageRef = { id: string; municipalityCode: string; provinceCode: string };

const isOfficialFor = (principal: Principal, location: PageRef): boolean =>
  coversMunicipality(principal, { code: location.municipalityCode, provinceCode: location.provinceCode });

const isModeratorFor = (principal: Principal, location: PageRef): boolean => {
  if (!hasRole(principal, 'moderator')) {
    return false;
  }
  const scopes = principal.moderates ?? [];
  return scopes.length === 0 || scopes.includes(location.id) || scopes.includes(location.municipalityCode);
};

export const participationPolicy = {
  /** May open the queue at all (it is then filtered by queueScopeOf). */
  canUseQueue: (principal: Principal): boolean =>
    hasRole(principal, 'moderator') || hasRole(principal, 'province_coordinator') || hasRole(principal, 'municipal_officer'),
  canReadReactions: (principal: Principal, location: PageRef): boolean =>
    isModeratorFor(principal, location) || isOfficialFor(principal, location),
  canModerate: (principal: Principal, location: PageRef): boolean =>
    isModeratorFor(principal, location) || isOfficialFor(principal, location),
  /** Answering and statuses are for the officials responsible, not for moderators. */
  canAnswer: (principal: Principal, location: PageRef): boolean => isOfficialFor(principal, location),
  canManagePage: (principal: Principal, location: PageRef): boolean => isOfficialFor(principal, location),
};

/** The reactions a signed-in person may see in the queue and overview. */
export function queueScopeOf(principal: Authenticated): ReactionScope {
  const moderatorScopes = principal.roles.includes('moderator') ? (principal.moderates ?? []) : [];
  const scope: ReactionScope = {
    all: principal.roles.includes('moderator') && moderatorScopes.length === 0,
    provinces: principal.roles.includes('province_coordinator') ? principal.provinces : [],
    municipalities: principal.roles.includes('municipal_officer') ? [...principal.municipalities] : [],
    locationIds: [],
  };
  for (const value of moderatorScopes) {
    if (/^GM\d{4}$/.test(value)) {
      scope.municipalities.push(value);
    } else {
      scope.locationIds.push(value);
    }
  }
  return scope;
}
