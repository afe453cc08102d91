// SPDX-License-Identifier: EUPL-1.2
/** Shapes taakstelling results for the API. */
import type { Distribution } from './compute-distribution.ts';
import { shippedSourceId } from './parse-national-tasks.ts';
import type { NationalTaskRow, SourceRow } from './taakstelling.repository.ts';
import type { DistributionResponse, NationalTaskResponse } from './taakstelling.schema.ts';

/** One presenter for sources everywhere: the regions module's. */
export { presentSource } from '../regions/region.presenter.ts';
import { presentSource } from '../regions/region.presenter.ts';

export function presentDistribution(distribution: Distribution): DistributionResponse {
  return {
    period: distribution.period,
    nationalTask: distribution.nationalTask,
    nationalBacklogIn: distribution.nationalBacklogIn,
    divisionYear: distribution.divisionYear,
    populationReferenceDate: distribution.populationReferenceDate,
    populationTotal: distribution.populationTotal,
    method:
      "task = national task × population / total population on the period's reference date (set per period; by default " +
      'CBS 1 January on or before the period start), ' +
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

export function presentNationalTask(row: NationalTaskRow & { source: SourceRow }): NationalTaskResponse {
  return {
    period: row.period,
    task: row.task,
    backlogIn: row.backlogIn,
    status: row.status,
    quotation: row.quotation,
    populationReferenceDate: row.populationReferenceDate,
    entered: row.sourceId !== shippedSourceId(row.period),
    source: presentSource(row.source),
  };
}
