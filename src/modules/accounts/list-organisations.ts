// SPDX-License-Identifier: EUPL-1.2
/** Organisations the caller may see: a coordinator's province, or the caller's own. */
import type { Database } from '../../db/client.ts';
import { hasRole } from '../../shared/policy.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { listOrganisations as selectOrganisations, type OrganisationRow } from './account.repository.ts';

export type ListOrganisationsOptions = { database: Database; principal: Authenticated };

/** A coordinator's province's organisations plus the caller's own. */
export async function listOrganisations({ database, principal }: ListOrganisationsOptions): Promise<OrganisationRow[]> {
  const provinceCodes = hasRole(principal, 'province_coordinator') ? principal.provinces : [];
  return selectOrganisations(database.db, { provinceCodes, orOrganisationId: principal.organisationId });
}
