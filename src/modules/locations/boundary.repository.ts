// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipal boundaries that place a site (placement.ts), read from the regions tables: the
 * latest boundary year loaded. Parsed geometries are kept in memory per loaded data set (the
 * checksums of the regions import plus the row count), so a re-import is seen at once.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { AreaGeometry } from '../regions/import/geometry.ts';
import { rowsOf } from './location.repository.ts';
import type { PlacementArea } from './placement.ts';

/** The boundaries of one kind and year, with their source. */
export type BoundarySet = { year: number; sourceId: string; areas: PlacementArea[] };

const cache = new Map<string, BoundarySet | undefined>();

async function cacheKey(db: Executor, kind: 'municipality' | 'wijk'): Promise<string> {
  const [row] = rowsOf<{ key: string }>(
    await db.execute(sql`
      SELECT concat_ws('|', (SELECT string_agg(loaded_checksum, ',' ORDER BY id) FROM datasets),
        (SELECT count(*) FROM boundaries WHERE kind = ${kind}::text), (SELECT max(year) FROM boundaries WHERE kind = ${kind}::text)) AS key`),
  );
  return `${kind}|${row?.key ?? ''}`;
}

/** The latest municipal boundaries, or undefined when none are loaded. */
export async function loadMunicipalBoundaries(db: Executor): Promise<BoundarySet | undefined> {
  return loadBoundaries(db, 'municipality');
}

/** The latest wijk boundaries (2016 is shipped, for the province of Utrecht). */
export async function loadWijkBoundaries(db: Executor): Promise<BoundarySet | undefined> {
  return loadBoundaries(db, 'wijk');
}

async function loadBoundaries(db: Executor, kind: 'municipality' | 'wijk'): Promise<BoundarySet | undefined> {
  const key = await cacheKey(db, kind);
  if (cache.has(key)) {
    return cache.get(key);
  }
  const rows = rowsOf<{ code: string; name: string; year: number; source_id: string; geometry: AreaGeometry }>(
    await db.execute(sql`
      SELECT code, name, year, source_id, geometry FROM boundaries
      WHERE kind = ${kind} AND year = (SELECT max(year) FROM boundaries WHERE kind = ${kind})
      ORDER BY code`),
  );
  const first = rows[0];
  const set = first
    ? { year: first.year, sourceId: first.source_id, areas: rows.map((r) => ({ code: r.code, name: r.name, geometry: r.geometry })) }
    : undefined;
  if (cache.size > 8) {
    cache.clear();
  }
  cache.set(key, set);
  return set;
}
