// SPDX-License-Identifier: EUPL-1.2
/** Shapes accounts for the API: never rows as they are, never hashes. */
import type { OrganisationView, PersonView } from './account.schema.ts';
import type { OrganisationRow, PersonRow } from './account.repository.ts';
import type { AccountView, ApiTokenView } from './session.schema.ts';
import { groupGrants, principalOf } from './grants.ts';

/** An organisation as the API shows it. */
export function presentOrganisation(row: OrganisationRow): OrganisationView {
  return { id: row.id, kind: row.kind, name: row.name, code: row.code, provinceCode: row.provinceCode };
}

/** A person for account administration: no hashes, grants grouped by role. */
export function presentPerson(row: PersonRow): PersonView {
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    organisation: { id: row.organisation.id, name: row.organisation.name, kind: row.organisation.kind },
    roles: groupGrants(row.grants),
  };
}

/** The signed-in person, with the scopes the principal will carry. */
export function presentAccount(row: PersonRow): AccountView {
  const principal = principalOf({
    personId: row.id,
    organisationId: row.organisation.id,
    grants: row.grants,
    via: 'session',
    credentialId: '',
  });
  return {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    roles: groupGrants(row.grants),
    provinces: principal.provinces,
    municipalities: principal.municipalities,
    locations: principal.locations,
    organisation: { id: row.organisation.id, name: row.organisation.name, kind: row.organisation.kind },
  };
}

/** An API token without the token itself (it is shown only once, at creation). */
export function presentApiToken(row: { id: string; name: string; createdAt: Date }): ApiTokenView {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString() };
}
