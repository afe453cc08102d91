// SPDX-License-Identifier: EUPL-1.2
/**
 * The municipal boundaries of the latest year loaded, for the neighbours of brokering. The
 * adjacency is kept in memory per (year, count) of the loaded boundaries, so a re-import is seen.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { neighboursOf, type BoundaryShape } from './domain/adjacency.ts';

const cache = new Map<string, Map<string, Set<string>>>();

/** Neighbours per municipality code (empty when no boundaries are loaded). */
export async function loadNeighbours(db: Executor): Promise<Map<string, Set<string>>> {
  const result = await db.execute(sql`SELECT max(year) AS year, count(*)::int AS count FROM boundaries WHERE kind = 'municipality'
    AND year = (SELECT max(year) FROM boundaries WHERE kind = 'municipality')`);
  const [latest] = (result as unknown as { rows: { year: number | null; count: number }[] }).rows;
  if (!latest || latest.year === null) {
    return new Map();
  }
  const key = `${latest.year}|${latest.count}`;
  const known = cache.get(key);
  if (known) {
    return known;
  }
  const rows = await db.execute(sql`SELECT code, geometry FROM boundaries WHERE kind = 'municipality' AND year = ${latest.year}`);
  const neighbours = neighboursOf((rows as unknown as { rows: BoundaryShape[] }).rows);
  cache.clear();
  cache.set(key, neighbours);
  return neighbours;
}
