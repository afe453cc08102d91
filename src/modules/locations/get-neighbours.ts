// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: the municipalities that border a municipality, from the latest municipal boundaries
 * loaded (adjacency.ts). Computed once per loaded boundary set and kept in memory: the set itself
 * is cached per data set by boundary.repository.ts, so a re-import computes it afresh.
 */
import type { Executor } from '../../db/client.ts';
import { computeAdjacency } from './adjacency.ts';
import { loadMunicipalBoundaries, type BoundarySet } from './boundary.repository.ts';

const computed = new WeakMap<BoundarySet, Map<string, string[]>>();

export type Neighbours = {
  /** Codes of the bordering municipalities, sorted; empty when no boundaries are loaded. */
  codes: string[];
  names: Map<string, string>;
  boundaryYear: number | null;
  sourceId: string | null;
};

/** The neighbours of one municipality. */
export async function getMunicipalNeighbours({ db, code }: { db: Executor; code: string }): Promise<Neighbours> {
  const set = await loadMunicipalBoundaries(db);
  if (!set) {
    return { codes: [], names: new Map(), boundaryYear: null, sourceId: null };
  }
  let adjacency = computed.get(set);
  if (!adjacency) {
    adjacency = computeAdjacency(set.areas);
    computed.set(set, adjacency);
  }
  return {
    codes: adjacency.get(code) ?? [],
    names: new Map(set.areas.map((area) => [area.code, area.name])),
    boundaryYear: set.year,
    sourceId: set.sourceId,
  };
}
