// SPDX-License-Identifier: EUPL-1.2
/**
 * The moderation lists of the activities board, in the caller's scope: pending activities oldest
 * first (the queue), or the published or hidden ones, latest decision first (to hide or restore).
 */
import type { Database } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { activityPolicy } from './activity.policy.ts';
import { listByStatus, type ActivityRecord } from './activity.repository.ts';
import type { ActivityQueueQuery } from './activity.schema.ts';
import { boardSize } from './list-activities.ts';

export type ListActivityQueueOptions = { database: Database; principal: Authenticated; query: ActivityQueueQuery };

export async function listActivityQueue({ database, principal, query }: ListActivityQueueOptions): Promise<ActivityRecord[]> {
  return listByStatus(database.db, activityPolicy.queueScope(principal), query.status, boardSize);
}
