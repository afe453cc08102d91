// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads one household for a caller, by id or pseudonym, and logs the read in the read log
 * (`household_reads`), shown or hidden. A household outside the caller's scope answers exactly
 * like one that does not exist (404), and that attempt is logged too. A pseudonym that matches no
 * household leaves no row: the log is keyed by household id.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { logHouseholdRead } from '../integration/log-household-read.ts';
import type { ReadPurpose } from '../integration/read-log.repository.ts';
import { householdPolicy } from './household.policy.ts';
import { findHousehold, findHouseholdByPseudonym, type HouseholdRecord } from './household.repository.ts';

export type ReadHouseholdOptions = {
  db: Db;
  principal: Authenticated;
  by: { id: string } | { pseudonym: string };
  /** What the caller reads it for (the household itself, or its match profile). */
  purpose: Extract<ReadPurpose, 'household' | 'match_profile'>;
};

export async function readHousehold({ db, principal, by, purpose }: ReadHouseholdOptions): Promise<HouseholdRecord> {
  const household = 'id' in by ? await findHousehold(db, by.id) : await findHouseholdByPseudonym(db, by.pseudonym);
  const shown = household !== undefined && householdPolicy.canAccess(principal, household);
  const householdId = household?.id ?? ('id' in by ? by.id : undefined);
  if (householdId !== undefined) {
    await logHouseholdRead({ db, principal, householdId, purpose, shown });
  }
  if (!household || !shown) {
    throw new AppError('NOT_FOUND', 'There is no such household that you may see.', { field: 'id' in by ? 'params.id' : 'params.pseudonym' });
  }
  return household;
}
