// SPDX-License-Identifier: EUPL-1.2
/** Use case: a location page's data: the location, its steps, its occupancy over time, its sources. */
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../shared/principal.ts';
import { listSources, type SourceRecord } from '../regions/region.repository.ts';
import { loadVisibleLocation } from './load-location.ts';
import { findSafetyRegionOf, listSteps, type LocationRecord, type StepRecord } from './location.repository.ts';
import { listOccupancy, type OccupancyRecord } from './occupancy.repository.ts';

type GetLocationOptions = { db: Db; principal: Principal; id: string };

export type LocationDetail = {
  record: LocationRecord;
  steps: StepRecord[];
  occupancy: OccupancyRecord[];
  safetyRegion: { code: string; name: string } | undefined;
  sources: SourceRecord[];
};

export async function getLocation({ db, principal, id }: GetLocationOptions): Promise<LocationDetail> {
  const record = await loadVisibleLocation({ db, principal, id });
  const [steps, occupancy, safetyRegion, sources] = await Promise.all([
    listSteps(db, id),
    listOccupancy(db, id),
    findSafetyRegionOf(db, record.municipality_code),
    listSources(db, record.placement_source_id ? [record.placement_source_id] : []),
  ]);
  return { record, steps, occupancy, safetyRegion, sources };
}
