// SPDX-License-Identifier: EUPL-1.2
/** The public board: upcoming published activities, filterable by kind, location and municipality. */
import type { Database } from '../../db/client.ts';
import { listPublished, type ActivityRecord } from './activity.repository.ts';
import type { ActivityListQuery } from './activity.schema.ts';

/** At most this many activities on one board page or queue. */
export const boardSize = 200;

export type ListActivitiesOptions = { database: Database; query: ActivityListQuery };

export async function listActivities({ database, query }: ListActivitiesOptions): Promise<ActivityRecord[]> {
  return listPublished(database.db, query, boardSize);
}
