// SPDX-License-Identifier: EUPL-1.2
import { toCsv } from '../../shared/csv.ts';
import type { Distribution } from './compute-distribution.ts';

/** code,name,population,task first; then the computed and official figures and the formula. */
export function distributionCsv(distribution: Distribution): string {
  return toCsv(
    ['code', 'name', 'population', 'task', 'computed_task', 'official_task', 'task_source', 'population_reference_date', 'formula'],
    distribution.rows.map((row) => [
      row.code,
      row.name,
      row.population,
      row.task,
      row.computed?.task,
      row.official,
      row.official !== null ? 'official' : 'computed',
      distribution.populationReferenceDate,
      row.formula,
    ]),
  );
}
