// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes one read of a household's data by a caller to the append-only read log
 * (`household_reads`, kept two years): shown, or hidden when the caller was answered 404. Every
 * route that returns one household's data calls this before it answers (docs/privacy.md).
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { insertRead, type ReadPurpose } from './read-log.repository.ts';

export type LogHouseholdReadOptions = { db: Db; principal: Authenticated; householdId: string; purpose: ReadPurpose; shown: boolean };

export async function logHouseholdRead({ db, principal, householdId, purpose, shown }: LogHouseholdReadOptions): Promise<void> {
  const actor = actorOf(principal);
  await inTransaction(db, actor, (tx) => insertRead(tx, { actor, householdId, purpose, outcome: shown ? 'shown' : 'hidden' }));
}
