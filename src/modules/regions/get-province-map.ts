// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: the municipalities of a province in a division year as map features (choropleth),
 * each with its population and the boundary vintage that matches its territory that year.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { chooseBoundaryYear } from './choose-boundary-year.ts';
import { resolveDivisionYear } from './division-year.ts';
import { sourceIds } from './import/regional-sources.ts';
import {
  findProvince,
  listActiveMunicipalities,
  listBoundaries,
  listSources,
  listSuccessionsOf,
  type BoundaryRecord,
  type MunicipalityListRecord,
  type SourceRecord,
} from './region.repository.ts';

type GetProvinceMapOptions = { db: Db; provinceCode: string; year?: number | undefined };

/** One municipality with the boundary drawn for it. */
export type MapFeatureData = { municipality: MunicipalityListRecord; boundary: BoundaryRecord };

/** The map of one province in one division year. */
export type ProvinceMap = {
  year: number;
  features: MapFeatureData[];
  /** Codes of municipalities whose territory that year matches no shipped boundary. */
  withoutBoundary: string[];
  /** The vintage most features use. */
  boundaryYear: number;
  sources: SourceRecord[];
};

/** Throws NOT_FOUND (field params.code) for an unknown province. */
export async function getProvinceMap({ db, provinceCode, year }: GetProvinceMapOptions): Promise<ProvinceMap> {
  if (!(await findProvince(db, provinceCode))) {
    throw new AppError('NOT_FOUND', `There is no province ${provinceCode}.`, { field: 'params.code' });
  }
  const divisionYear = await resolveDivisionYear(db, year);
  const municipalities = await listActiveMunicipalities(db, { year: divisionYear, provinceCode });
  const codes = municipalities.map((m) => m.code);
  const [boundaries, successions] = await Promise.all([
    listBoundaries(db, 'municipality', codes),
    listSuccessionsOf(db, codes),
  ]);
  const features: MapFeatureData[] = [];
  const withoutBoundary: string[] = [];
  for (const municipality of municipalities) {
    const own = boundaries.filter((b) => b.code === municipality.code);
    const changeDates = successions
      .filter((s) => s.predecessor_code === municipality.code || s.successor_code === municipality.code)
      .map((s) => s.effective_date);
    const vintage = chooseBoundaryYear({ year: divisionYear, available: own.map((b) => b.year), changeDates });
    const boundary = own.find((b) => b.year === vintage);
    if (boundary) {
      features.push({ municipality, boundary });
    } else {
      withoutBoundary.push(municipality.code);
    }
  }
  const ids = new Set<string>([sourceIds.division]);
  const vintageCounts = new Map<number, number>();
  for (const { municipality, boundary } of features) {
    ids.add(boundary.source_id);
    if (municipality.source_id) {
      ids.add(municipality.source_id);
    }
    vintageCounts.set(boundary.year, (vintageCounts.get(boundary.year) ?? 0) + 1);
  }
  const boundaryYear =
    [...vintageCounts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? (divisionYear >= 2023 ? 2023 : 2016);
  return { year: divisionYear, features, withoutBoundary, boundaryYear, sources: await listSources(db, [...ids]) };
}
