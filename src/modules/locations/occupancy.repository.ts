// SPDX-License-Identifier: EUPL-1.2
/** SQL of occupancy counts: one count per location per date; a second count of a date replaces it. */
import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { rowsOf } from './location.repository.ts';

export type OccupancyRecord = {
  counted_on: string;
  persons: number;
  capacity_at_count: number;
  source_reference: string | null;
  recorded_by: string;
};

/** Inserts or replaces the count of a date; `inserted` is false when one was replaced. */
export async function upsertOccupancy(
  tx: Tx,
  row: { locationId: string; countedOn: string; persons: number; capacityAtCount: number; sourceReference: string | null; recordedBy: string },
): Promise<{ inserted: boolean }> {
  const [result] = rowsOf<{ inserted: boolean }>(
    await tx.execute(sql`
      INSERT INTO reception_location_occupancy (location_id, counted_on, persons, capacity_at_count, source_reference, recorded_by)
      VALUES (${row.locationId}, ${row.countedOn}, ${row.persons}, ${row.capacityAtCount}, ${row.sourceReference}, ${row.recordedBy})
      ON CONFLICT (location_id, counted_on) DO UPDATE
        SET persons = excluded.persons, capacity_at_count = excluded.capacity_at_count,
            source_reference = excluded.source_reference, recorded_by = excluded.recorded_by
      RETURNING (xmax = 0) AS inserted`),
  );
  return { inserted: result?.inserted ?? true };
}

/** Every count of a location, oldest first. */
export async function listOccupancy(db: Executor, locationId: string): Promise<OccupancyRecord[]> {
  return rowsOf<OccupancyRecord>(
    await db.execute(sql`
      SELECT counted_on::text AS counted_on, persons, capacity_at_count, source_reference, recorded_by
      FROM reception_location_occupancy WHERE location_id = ${locationId} ORDER BY counted_on`),
  );
}
