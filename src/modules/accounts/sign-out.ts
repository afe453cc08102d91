// SPDX-License-Identifier: EUPL-1.2
/** Ends the caller's browser session. */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { deleteSession } from './credential.repository.ts';

export type SignOutOptions = { database: Database; principal: Authenticated };

/** Deletes the caller's session row (nothing for API tokens). */
export async function signOut({ database, principal }: SignOutOptions): Promise<void> {
  const sessionId = principal.sessionId;
  if (principal.via !== 'session' || !sessionId) {
    return;
  }
  await inTransaction(database.db, actorOf(principal), (tx) => deleteSession(tx, sessionId));
}
