// SPDX-License-Identifier: EUPL-1.2
/** The moderation queue of the activities board: pending activities in the caller's scope, oldest first. */
import type { Database } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { activityPolicy } from './activity.policy.ts';
import { listPending, type ActivityRecord } from './activity.repository.ts';
import { boardSize } from './list-activities.ts';

export type ListActivityQueueOptions = { database: Database; principal: Authenticated };

export async function listActivityQueue({ database, principal }: ListActivityQueueOptions): Promise<ActivityRecord[]> {
  return listPending(database.db, activityPolicy.queueScope(principal), boardSize);
}
