// SPDX-License-Identifier: EUPL-1.2
/** Use case: every source of the figures the platform shows (publisher, table, date, licence). */
import type { Db } from '../../db/client.ts';
import { listSources, type SourceRecord } from './region.repository.ts';

type ListRegionSourcesOptions = { db: Db };

/** All sources, ordered by id. */
export async function listRegionSources({ db }: ListRegionSourcesOptions): Promise<SourceRecord[]> {
  return listSources(db);
}
