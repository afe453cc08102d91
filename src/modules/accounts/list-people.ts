// SPDX-License-Identifier: EUPL-1.2
/** People the caller may see: a coordinator sees the people of their province's organisations. */
import type { Database } from '../../db/client.ts';
import { hasRole } from '../../shared/policy.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { loadPeople, type PersonRow } from './account.repository.ts';

export type ListPeopleOptions = { database: Database; principal: Authenticated };

/** A coordinator's province's people plus the caller; others only themselves. */
export async function listPeople({ database, principal }: ListPeopleOptions): Promise<PersonRow[]> {
  const provinceCodes = hasRole(principal, 'province_coordinator') ? principal.provinces : [];
  return loadPeople(database.db, { personIds: [principal.personId], provinceCodes });
}
