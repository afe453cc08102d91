// SPDX-License-Identifier: EUPL-1.2
/** Shapes balances for the API. */
import type { z } from 'zod';
import type { BalanceRow } from './balance-view.ts';
import type { PeriodState } from './domain/build-state.ts';
import type { MunicipalityBalances } from './get-municipality-balances.ts';
import type { PeriodBalances } from './get-period-balances.ts';
import type { balanceRowSchema, MunicipalityBalancesResponse, PeriodBalancesResponse } from './balance.schema.ts';
import { presentSource } from './taakstelling.presenter.ts';

/** The rule, in words, shown with every balance. */
export const balanceMethod =
  'corrected task = task + backlog − lead ± agreed transfers; closing = corrected − realised, carried in full into the ' +
  'next period (a positive closing as backlog, a negative one as lead); a merged municipality carries its closing into its ' +
  'successor. A chain of periods starts at the first period with a complete distribution, after any period without one ' +
  '(no national task with a source, no population figures and no official table); it opens with the backlog from an ' +
  'official table for that period (task including backlog − task) where imported, else 0. On track = corrected × months ' +
  'elapsed / 6; forecast = realised / months elapsed × 6.';

function presentBalanceRow(row: BalanceRow): z.infer<typeof balanceRowSchema> {
  const b = row.balance;
  return {
    code: row.code,
    name: row.name,
    provinceCode: row.provinceCode,
    population: row.population,
    task: row.task,
    taskSource: row.taskSource,
    computedTask: row.computedTask,
    officialTask: row.officialTask,
    officialTaskIncludingBacklog: row.officialTaskIncludingBacklog,
    differs: row.differs,
    carriedIn: b?.carriedIn ?? null,
    backlog: b?.backlog ?? null,
    lead: b?.lead ?? null,
    transfers: b?.transfers ?? null,
    corrected: b?.corrected ?? null,
    realised: row.realised,
    realisations: row.realisations,
    percentage: b?.percentage ?? null,
    onTrack: b?.onTrack ?? null,
    forecast: b?.forecast ?? null,
    closing: b?.closing ?? null,
    onTrackStatus: row.onTrackStatus,
    how: row.how,
    trend: row.trend,
  };
}

function presentPeriodHeader(state: PeriodState) {
  return {
    period: state.period,
    status: state.status,
    message: state.message,
    nationalTask: state.national?.task ?? null,
    nationalBacklogIn: state.national?.backlogIn ?? null,
    divisionYear: state.divisionYear,
    populationReferenceDate: state.distribution?.populationReferenceDate ?? null,
    populationTotal: state.distribution?.populationTotal ?? null,
    chainStart: state.chainStart,
    officialSumMismatch: state.distribution?.officialSumMismatch ?? null,
  };
}

export function presentPeriodBalances(view: PeriodBalances): PeriodBalancesResponse {
  return {
    ...presentPeriodHeader(view.state),
    asOf: view.asOf,
    province: view.province,
    method: balanceMethod,
    rows: view.rows.map(presentBalanceRow),
    totals: view.totals,
    sources: view.sources.map(presentSource),
  };
}

export function presentMunicipalityBalances(view: MunicipalityBalances): MunicipalityBalancesResponse {
  const m = view.municipality;
  return {
    municipality: {
      code: m.code,
      name: m.name,
      provinceCode: m.provinceCode,
      provinceName: m.provinceName,
      activeUntil: m.endDate,
      successor: m.successor,
      predecessors: m.predecessors,
    },
    asOf: view.asOf,
    method: balanceMethod,
    periods: view.periods.map((p) => ({
      ...presentPeriodHeader(p.state),
      row: p.row ? presentBalanceRow(p.row) : null,
      note: p.note,
    })),
    sources: view.sources.map(presentSource),
  };
}
