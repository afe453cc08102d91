// SPDX-License-Identifier: EUPL-1.2
/** Role grants: from stored rows (one per role and scope) to roles with scopes, and back. */
import type { Authenticated, Role } from '../../shared/principal.ts';
import type { RoleGrant } from './account.schema.ts';
import type { GrantRow } from './account.repository.ts';

/** Groups grant rows by role, in a stable order. */
export function groupGrants(rows: GrantRow[]): RoleGrant[] {
  const byRole = new Map<Role, string[]>();
  for (const row of rows) {
    const scopes = byRole.get(row.role) ?? [];
    if (row.scope !== null) {
      scopes.push(row.scope);
    }
    byRole.set(row.role, scopes);
  }
  return [...byRole.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([role, scopes]) => ({ role, scopes: [...new Set(scopes)].sort() }));
}

/** One row per role and scope (a role without scopes becomes one row with a null scope). */
export function grantRows(grants: RoleGrant[]): GrantRow[] {
  const rows = new Map<string, GrantRow>();
  for (const grant of grants) {
    const scopes = grant.scopes.length > 0 ? grant.scopes : [null];
    for (const scope of scopes) {
      rows.set(`${grant.role}\u0000${scope ?? ''}`, { role: grant.role, scope });
    }
  }
  return [...rows.values()];
}

function scopesOf(grants: RoleGrant[], role: Role): string[] {
  return grants.find((grant) => grant.role === role)?.scopes ?? [];
}

/**
 * The principal of a person. Each scope list comes only from the role it belongs to, so that a
 * moderator scope on a municipality never makes its holder that municipality's officer.
 */
export function principalOf(options: {
  personId: string;
  organisationId: string;
  grants: GrantRow[];
  via: Authenticated['via'];
  credentialId: string;
}): Authenticated {
  const grouped = groupGrants(options.grants);
  return {
    kind: 'person',
    personId: options.personId,
    organisationId: options.organisationId,
    roles: grouped.map((grant) => grant.role),
    provinces: scopesOf(grouped, 'province_coordinator'),
    municipalities: scopesOf(grouped, 'municipal_officer'),
    locations: scopesOf(grouped, 'coa_officer'),
    moderates: scopesOf(grouped, 'moderator'),
    via: options.via,
    ...(options.via === 'session' ? { sessionId: options.credentialId } : { tokenId: options.credentialId }),
  };
}
