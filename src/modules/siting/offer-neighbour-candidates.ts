// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case, across borders (advice, opportunity 2: what cannot be done in one municipality may be
 * possible in another): when a municipality has no good candidate in a weighing, offer the
 * locations in the municipalities that border it. "Good" is said plainly: a candidate in the
 * municipality whose weighted-sum score is at least the threshold (default 0.5, on the 0-1 scale
 * of the weighing). Offered are the scenario's candidates in the neighbouring municipalities,
 * best first, then the registered locations there that are not candidates yet.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { getMunicipalNeighbours } from '../locations/get-neighbours.ts';
import { listLocations } from '../locations/list-locations.ts';
import { presentLocation } from '../locations/location.presenter.ts';
import { getWeighing } from './get-weighing.ts';
import type { NeighboursView } from './neighbours.schema.ts';

type OfferNeighbourCandidatesOptions = { db: Db; principal: Authenticated; id: string; municipalityCode: string; threshold: number };

type Offered = NeighboursView['offered'][number];

/** The status of the municipality in the weighing and, without a good candidate, what its neighbours offer. */
export async function offerNeighbourCandidates({ db, principal, id, municipalityCode, threshold }: OfferNeighbourCandidatesOptions): Promise<NeighboursView> {
  const view = await getWeighing({ db, principal, id });
  const neighbours = await getMunicipalNeighbours({ db, code: municipalityCode });
  const name = neighbours.names.get(municipalityCode);
  if (!name) {
    throw new AppError('NOT_FOUND', `There is no boundary of municipality ${municipalityCode} in the loaded data.`, { field: 'querystring.municipality' });
  }
  const scoreOf = (method: 'weighted-sum' | 'topsis', locationId: string) => {
    const scored = view.methods?.[method].find((s) => s.locationId === locationId);
    return scored ? { score: scored.score, rank: scored.rank } : null;
  };
  const own = view.candidates
    .filter((c) => c.location.municipality.code === municipalityCode)
    .map((c) => ({ locationId: c.location.id, name: c.location.name, score: scoreOf('weighted-sum', c.location.id)?.score ?? null }));
  const ranked = own.filter((c): c is typeof c & { score: number } => c.score !== null).sort((a, b) => b.score - a.score);
  const best = ranked[0] ?? null;
  const status: NeighboursView['status'] =
    own.length === 0 ? 'none' : view.methods === null ? 'not_ranked' : best !== null && best.score >= threshold ? 'good' : 'none_good';

  const offered: Offered[] = [];
  if (status !== 'good') {
    const near = new Set(neighbours.codes);
    const candidateIds = new Set(view.candidates.map((c) => c.location.id));
    for (const { location } of view.candidates.filter((c) => near.has(c.location.municipality.code))) {
      offered.push(offer(location, scoreOf('weighted-sum', location.id), scoreOf('topsis', location.id), true));
    }
    offered.sort((a, b) => (b.weightedSum?.score ?? -1) - (a.weightedSum?.score ?? -1) || a.name.localeCompare(b.name, 'nl'));
    for (const code of neighbours.codes) {
      const records = await listLocations({ db, principal, query: { municipality: code } });
      const extra = records.map(presentLocation).filter((l) => !candidateIds.has(l.id) && l.status !== 'closed' && l.decision?.outcome !== 'no');
      offered.push(...extra.sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((l) => offer(l, null, null, false)));
    }
  }
  return {
    municipality: { code: municipalityCode, name },
    threshold,
    status,
    best: best ? { locationId: best.locationId, name: best.name, score: best.score } : null,
    definition: `A good candidate is one in the municipality with a weighted-sum score of at least ${threshold} (0 to 1). Without one, locations in the municipalities that share a border (CBS boundaries ${neighbours.boundaryYear ?? '?'}, a border shared over at least two boundary points within 0.25 km) are offered.`,
    neighbours: neighbours.codes.map((code) => ({ code, name: neighbours.names.get(code) ?? code })),
    boundary: { year: neighbours.boundaryYear, sourceId: neighbours.sourceId },
    offered,
  };
}

function offer(
  location: { id: string; name: string; municipality: { code: string; name: string }; capacity: number; status: string },
  weightedSum: Offered['weightedSum'],
  topsis: Offered['topsis'],
  isCandidate: boolean,
): Offered {
  return {
    locationId: location.id,
    name: location.name,
    municipalityCode: location.municipality.code,
    municipalityName: location.municipality.name,
    capacity: location.capacity,
    status: location.status,
    weightedSum,
    topsis,
    isCandidate,
  };
}
