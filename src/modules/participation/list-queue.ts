// SPDX-License-Identifier: EUPL-1.2
/** The moderation and answer queue: every location in the caller's scope, oldest waiting first. */
import type { Db } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { queueScopeOf } from './participation.policy.ts';
import type { QueueQuery } from './participation.schema.ts';
import { listReactions, type ReactionRecord } from './reaction.repository.ts';

export type ListQueueOptions = { db: Db; principal: Authenticated; query: QueueQuery };

export async function listQueue({ db, principal, query }: ListQueueOptions): Promise<ReactionRecord[]> {
  return listReactions(db, queueScopeOf(principal), {
    ...(query.locationId ? { locationId: query.locationId } : {}),
    ...(query.visibility ? { visibility: query.visibility } : {}),
    ...(query.status ? { status: query.status } : {}),
    limit: query.limit,
  });
}
