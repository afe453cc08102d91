// SPDX-License-Identifier: EUPL-1.2
/** Use case: the municipalities of a division year (optionally one province), with population. */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { resolveDivisionYear } from './division-year.ts';
import { sourceIds } from './import/regional-sources.ts';
import {
  findProvince,
  listActiveMunicipalities,
  listSources,
  type MunicipalityListRecord,
  type SourceRecord,
} from './region.repository.ts';

type ListMunicipalitiesOptions = { db: Db; year?: number | undefined; provinceCode?: string | undefined };

/** Municipalities of a year, in Dutch alphabetical order, with the sources cited. */
export type MunicipalityList = {
  year: number;
  provinceCode: string | null;
  municipalities: MunicipalityListRecord[];
  sources: SourceRecord[];
};

/** Dutch alphabetical order of names, ignoring case and accents. */
export const byDutchName = new Intl.Collator('nl', { sensitivity: 'base' });

/** Throws NOT_FOUND (field querystring.province) for an unknown province. */
export async function listMunicipalities({ db, year, provinceCode }: ListMunicipalitiesOptions): Promise<MunicipalityList> {
  if (provinceCode && !(await findProvince(db, provinceCode))) {
    throw new AppError('NOT_FOUND', `There is no province ${provinceCode}.`, { field: 'querystring.province' });
  }
  const divisionYear = await resolveDivisionYear(db, year);
  const municipalities = (await listActiveMunicipalities(db, { year: divisionYear, provinceCode })).sort((a, b) =>
    byDutchName.compare(a.name, b.name),
  );
  const ids = new Set<string>([sourceIds.division]);
  for (const row of municipalities) {
    if (row.source_id) {
      ids.add(row.source_id);
    }
  }
  return {
    year: divisionYear,
    provinceCode: provinceCode ?? null,
    municipalities,
    sources: await listSources(db, [...ids]),
  };
}
