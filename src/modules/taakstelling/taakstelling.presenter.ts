// SPDX-License-Identifier: EUPL-1.2
/** Shapes taakstelling results for the API. */
import type { Source } from '../regions/region.schema.ts';
import type { Distribution } from './compute-distribution.ts';
import type { DistributionResponse } from './taakstelling.schema.ts';
import type { SourceRow } from './taakstelling.repository.ts';

export function presentSource(source: SourceRow): Source {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    table: source.publisherTable,
    referenceDate: source.referenceDate,
    url: source.url,
    licence: source.licence,
    note: source.note,
  };
}

export function presentDistribution(distribution: Distribution): DistributionResponse {
  return {
    period: distribution.period,
    nationalTask: distribution.nationalTask,
    nationalBacklogIn: distribution.nationalBacklogIn,
    divisionYear: distribution.divisionYear,
    populationReferenceDate: distribution.populationReferenceDate,
    populationTotal: distribution.populationTotal,
    method:
      'task = national task × population / total population (CBS 1 January on or before the period start), ' +
      'rounded by largest remainder over all municipalities; equal remainders go to the lower CBS code. ' +
      'An imported official table overrides the computation.',
    rows: distribution.rows.map((row) => ({
      code: row.code,
      name: row.name,
      provinceCode: row.provinceCode,
      population: row.population,
      task: row.task,
      computedTask: row.computed?.task ?? null,
      quota: row.computed?.quota ?? null,
      formula: row.formula,
      officialTask: row.official,
      officialTaskIncludingBacklog: row.officialIncludingBacklog,
      differs: row.differs,
    })),
    officialSumMismatch: distribution.officialSumMismatch,
    sources: distribution.sources.map(presentSource),
  };
}
