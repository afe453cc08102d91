// SPDX-License-Identifier: EUPL-1.2
/** Who handles residents' reactions in the web app (the server's participation.policy.ts decides). */
import type { SessionPerson } from '../auth/api/session-api.ts';

const hasRole = (person: SessionPerson | null, role: string) => person?.roles.some((grant) => grant.role === role) ?? false;

/** Moderators, province coordinators and municipal officers open the queue and the overview. */
export function handlesReactions(person: SessionPerson | null): boolean {
  return hasRole(person, 'moderator') || hasRole(person, 'province_coordinator') || hasRole(person, 'municipal_officer');
}

/** Coordinators and municipal officers also answer reactions and forward or close them. */
export function answersReactions(person: SessionPerson | null): boolean {
  return hasRole(person, 'province_coordinator') || hasRole(person, 'municipal_officer');
}
