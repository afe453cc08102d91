// SPDX-License-Identifier: EUPL-1.2
/** Who is calling: the public, or a signed-in person / API token with roles and scopes. */

/** The roles of Regietafel (docs/ARCHITECTURE.md explains each). */
export const roles = [
  'province_coordinator',
  'municipal_officer',
  'coa_officer',
  'partner',
  'moderator',
] as const;
export type Role = (typeof roles)[number];

export type Anonymous = { kind: 'anonymous' };

export type Authenticated = {
  kind: 'person';
  personId: string;
  organisationId: string;
  roles: Role[];
  /** Province codes (PVxx) a province coordinator covers. */
  provinces: string[];
  /** CBS municipality codes (GMxxxx) a municipal officer is scoped to. */
  municipalities: string[];
  /** Reception location ids a COA officer is scoped to. */
  locations: string[];
  /**
   * Moderator scopes: municipality codes (GMxxxx) or reception location ids. A moderator without
   * scopes moderates every location (the central queue). Absent for principals built by hand.
   */
  moderates?: string[];
  /** How the request authenticated: cookie session or bearer API token. */
  via: 'session' | 'token';
  sessionId?: string;
  tokenId?: string;
};

export type Principal = Anonymous | Authenticated;

export const anonymous: Anonymous = { kind: 'anonymous' };

/** The audit actor string for a principal. */
export function actorOf(principal: Authenticated): `person:${string}` | `token:${string}` {
  return principal.via === 'token' && principal.tokenId
    ? `token:${principal.tokenId}`
    : `person:${principal.personId}`;
}
