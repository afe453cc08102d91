// SPDX-License-Identifier: EUPL-1.2
/**
 * The one door to a household's integration record: looks the household up, asks the policy, and
 * logs the read in `household_reads`, shown or hidden. A household outside the caller's scope
 * answers exactly like one that does not exist (404), and that attempt is logged too.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Authenticated } from '../../shared/principal.ts';
import type { RecordScope } from './integration.policy.ts';
import { findHouseholdWithProfile, type HouseholdRow, type ProfileRow } from './integration.repository.ts';
import { logHouseholdRead } from './log-household-read.ts';
import type { ReadPurpose } from './read-log.repository.ts';

export type LoadHouseholdForReadOptions = {
  db: Db;
  principal: Authenticated;
  householdId: string;
  purpose: ReadPurpose;
  allowed: (household: RecordScope) => boolean;
};

export type LoadedHousehold = { household: HouseholdRow; profile: ProfileRow | null };

export async function loadHouseholdForRead({ db, principal, householdId, purpose, allowed }: LoadHouseholdForReadOptions): Promise<LoadedHousehold> {
  const found = await findHouseholdWithProfile(db, householdId);
  const shown =
    found !== undefined &&
    allowed({ municipalityCode: found.household.municipalityCode, housedOn: found.profile?.housedOn ?? null, closedAt: found.household.closedAt });
  await logHouseholdRead({ db, principal, householdId, purpose, shown });
  if (!found || !shown) {
    throw new AppError('NOT_FOUND', 'There is no such household that you may see.', { field: 'params.id' });
  }
  return found;
}
