// SPDX-License-Identifier: EUPL-1.2
/** Creates an API token for the caller; the token is returned once and stored only hashed. */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { insertApiToken } from './credential.repository.ts';
import { hashToken, randomToken } from './secrets.ts';

export type CreateApiTokenOptions = { database: Database; principal: Authenticated; name: string };
export type CreatedApiToken = { id: string; name: string; createdAt: Date; token: string };

/** Prefix that makes a leaked token recognisable (secret scanners, logs). */
export const apiTokenPrefix = 'rt_';

/** Creates a token for the caller's own account. */
export async function createApiToken({ database, principal, name }: CreateApiTokenOptions): Promise<CreatedApiToken> {
  const token = randomToken(apiTokenPrefix);
  const row = await inTransaction(database.db, actorOf(principal), (tx) =>
    insertApiToken(tx, { personId: principal.personId, name, tokenHash: hashToken(token) }),
  );
  return { ...row, token };
}
