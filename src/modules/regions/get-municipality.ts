// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: one municipality with its years in the division, population history, predecessors
 * and successors, and its latest boundary (2023, or 2016 for one that ended before 2023).
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import {
  findMunicipality,
  listBoundaries,
  listMunicipalityYears,
  listPopulation,
  listSources,
  listSuccessionsOf,
  type BoundaryRecord,
  type MunicipalityRecord,
  type MunicipalityYearRecord,
  type PopulationRecord,
  type SourceRecord,
  type SuccessionRecord,
} from './region.repository.ts';

type GetMunicipalityOptions = { db: Db; code: string };

/** Everything the detail page shows, with the sources it cites. */
export type MunicipalityDetailResult = {
  municipality: MunicipalityRecord;
  years: MunicipalityYearRecord[];
  population: PopulationRecord[];
  predecessors: SuccessionRecord[];
  successors: SuccessionRecord[];
  boundary: BoundaryRecord | null;
  sources: SourceRecord[];
};

/** Throws NOT_FOUND (field params.code) for an unknown municipality. */
export async function getMunicipality({ db, code }: GetMunicipalityOptions): Promise<MunicipalityDetailResult> {
  const municipality = await findMunicipality(db, code);
  if (!municipality) {
    throw new AppError('NOT_FOUND', `There is no municipality ${code} in the loaded data.`, { field: 'params.code' });
  }
  const [years, population, successions, boundaries] = await Promise.all([
    listMunicipalityYears(db, code),
    listPopulation(db, code),
    listSuccessionsOf(db, [code]),
    listBoundaries(db, 'municipality', [code]),
  ]);
  const boundary = boundaries[0] ?? null;
  const ids = new Set<string>([...years.map((y) => y.source_id), ...population.map((p) => p.source_id)]);
  if (boundary) {
    ids.add(boundary.source_id);
  }
  return {
    municipality,
    years,
    population,
    predecessors: successions.filter((s) => s.successor_code === code),
    successors: successions.filter((s) => s.predecessor_code === code),
    boundary,
    sources: await listSources(db, [...ids]),
  };
}
