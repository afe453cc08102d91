// SPDX-License-Identifier: EUPL-1.2
/** Use case: the provinces of a division year with their municipality count and population. */
import type { Db } from '../../db/client.ts';
import { resolveDivisionYear } from './division-year.ts';
import { sourceIds } from './import/regional-sources.ts';
import { listProvinceSummaries, listSources, type ProvinceSummaryRecord, type SourceRecord } from './region.repository.ts';

type ListProvincesOptions = { db: Db; year?: number | undefined };

/** One province in one division year. */
export type ProvinceSummary = {
  code: string;
  name: string;
  municipalityCount: number;
  /**
   * Sum of the municipal figures, only when every municipality has a figure of the same date
   * and source: a sum over mixed dates would be a number nobody published.
   */
  population: number | null;
  populationReferenceDate: string | null;
  populationSourceId: string | null;
};

/** The provinces of a division year with the sources cited. */
export type ProvinceList = { year: number; provinces: ProvinceSummary[]; sources: SourceRecord[] };

function summarise(row: ProvinceSummaryRecord): ProvinceSummary {
  const complete =
    row.with_population === row.municipality_count &&
    row.first_date !== null &&
    row.first_date === row.last_date &&
    row.source_ids?.length === 1;
  return {
    code: row.code,
    name: row.name,
    municipalityCount: row.municipality_count,
    population: complete ? row.population_sum : null,
    populationReferenceDate: complete ? row.first_date : null,
    populationSourceId: complete ? (row.source_ids?.[0] ?? null) : null,
  };
}

/** All provinces of the division year (default: the latest loaded). */
export async function listProvinces({ db, year }: ListProvincesOptions): Promise<ProvinceList> {
  const divisionYear = await resolveDivisionYear(db, year);
  const provinces = (await listProvinceSummaries(db, divisionYear)).map(summarise);
  const ids = new Set<string>([sourceIds.division]);
  for (const province of provinces) {
    if (province.populationSourceId) {
      ids.add(province.populationSourceId);
    }
  }
  return { year: divisionYear, provinces, sources: await listSources(db, [...ids]) };
}
