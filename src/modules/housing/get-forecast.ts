// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: the forecast of the taakstelling per municipality per period (domain/forecast.ts),
 * for a province or every municipality the caller may read. The corrected task and the realised
 * persons come from the taakstelling module's balances, so agreed transfers (brokering) count in
 * both municipalities; the expected persons come from the projects' delivery schedules.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { loadTaakstellingState } from '../taakstelling/load-taakstelling-state.ts';
import { computeForecast, totalCells, type ForecastProject } from './domain/forecast.ts';
import { personsForStatusHolders } from './domain/persons.ts';
import { deliveriesOf, periodOf, periodRange } from './domain/schedule.ts';
import type { HousingRef } from './housing.policy.ts';
import { loadForecastProjects, type ForecastProjectRow } from './forecast.repository.ts';
import type { Forecast, ForecastQuery } from './forecast.schema.ts';

export type GetForecastOptions = {
  db: Executor;
  query: ForecastQuery;
  today: string;
  /** The policy: may the caller read this municipality's forecast? */
  canRead: (ref: HousingRef) => boolean;
};

export const forecastMethod =
  'expected = persons for status holders of the projects delivering in the period (stated, or homes × CBS average household size), split by the delivery shares, ' +
  'counted only for periods not ended on the as-of date; projected = realised + expected; gap = corrected task − projected (negative: surplus).';

/** The projects as the forecast needs them; counts the ones whose persons cannot be derived. */
export function forecastProjects(rows: ForecastProjectRow[]): { projects: ForecastProject[]; missing: number; undated: number } {
  let missing = 0;
  let undated = 0;
  const projects = rows.flatMap((row) => {
    const persons = personsForStatusHolders({
      homesStatusHolders: row.homes_status_holders,
      statedPersons: row.persons_stated,
      householdSizeOverride: row.household_size_override,
      cbsHouseholdSize: row.cbs_household_size === null ? null : { value: row.cbs_household_size, source: 'CBS' },
    });
    const deliveries = deliveriesOf(row.schedule, row.delivered_on);
    if (!persons.ok) {
      missing += 1;
      return [];
    }
    if (deliveries.length === 0) {
      undated += 1;
      return [];
    }
    return [{ id: row.id, municipalityCode: row.municipality_code, persons: persons.persons, deliveries }];
  });
  return { projects, missing, undated };
}

export async function getForecast({ db, query, today, canRead }: GetForecastOptions): Promise<Forecast> {
  const asOf = query.asOf ?? today;
  const loaded = await loadTaakstellingState({ db, asOf });
  if (query.province !== undefined && !loaded.provinces.has(query.province)) {
    throw new AppError('NOT_FOUND', `There is no province ${query.province}.`, { field: 'query.province' });
  }
  const municipalities = [...loaded.municipalities.values()]
    .filter((m) => m.endDate === null || m.endDate > asOf)
    .filter((m) => (query.province === undefined || m.provinceCode === query.province) && (query.municipality === undefined || m.code === query.municipality))
    .filter((m) => canRead({ municipalityCode: m.code, provinceCode: m.provinceCode }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  if (municipalities.length === 0) {
    throw new AppError('FORBIDDEN', 'You may not read the forecast of these municipalities.');
  }
  const periods = periodRange(query.from ?? periodOf(asOf), query.periods);
  const corrected = new Map(periods.map((p) => [p, new Map([...(loaded.state.balances.get(p) ?? new Map())].map(([code, b]) => [code, b.corrected]))]));
  const realised = new Map(periods.map((p) => [p, new Map([...(loaded.state.inputs.realised.get(p) ?? new Map())].map(([code, r]) => [code, r.persons]))]));
  const all = municipalities.length > 50 && query.province === undefined;
  const { projects, missing, undated } = forecastProjects(await loadForecastProjects(db, all ? undefined : municipalities.map((m) => m.code)));
  const rows = computeForecast({ periods, asOf, municipalities, corrected, realised, projects });
  const notes = [
    ...(missing > 0 ? [`${missing} project(s) left out: no persons stated and no household size known.`] : []),
    ...(undated > 0 ? [`${undated} project(s) left out: no delivery date or schedule yet.`] : []),
    ...periods.filter((p) => !loaded.state.balances.has(p)).map((p) => `${p}: no corrected task (${loaded.state.byPeriod.get(p)?.message ?? 'no national task with a source'}).`),
  ];
  return {
    asOf,
    periods,
    province: query.province ? { code: query.province, name: loaded.provinces.get(query.province) ?? query.province } : null,
    rows,
    totals: totalCells(rows, periods),
    method: forecastMethod,
    notes,
  };
}
