// SPDX-License-Identifier: EUPL-1.2
/** Revokes one of the caller's API tokens; someone else's token answers 404 like a missing one. */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { deleteApiToken } from './credential.repository.ts';

export type RevokeApiTokenOptions = { database: Database; principal: Authenticated; tokenId: string };

/** Deletes one of the caller's own API tokens. */
export async function revokeApiToken({ database, principal, tokenId }: RevokeApiTokenOptions): Promise<void> {
  const revoked = await inTransaction(database.db, actorOf(principal), (tx) =>
    deleteApiToken(tx, principal.personId, tokenId),
  );
  if (!revoked) {
    throw new AppError('NOT_FOUND', 'You have no API token with this id.', { field: 'params.id' });
  }
}
