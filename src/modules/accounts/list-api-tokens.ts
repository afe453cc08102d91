// SPDX-License-Identifier: EUPL-1.2
/** The caller's own API tokens (names and dates; the tokens themselves are not kept). */
import type { Database } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { listApiTokens as selectApiTokens } from './credential.repository.ts';

export type ListApiTokensOptions = { database: Database; principal: Authenticated };

/** The caller's own API tokens. */
export async function listApiTokens({
  database,
  principal,
}: ListApiTokensOptions): Promise<{ id: string; name: string; createdAt: Date }[]> {
  return selectApiTokens(database.db, principal.personId);
}
