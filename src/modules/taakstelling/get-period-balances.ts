// SPDX-License-Identifier: EUPL-1.2
/**
 * The balances of one period, for a province (or every municipality the caller may read): the
 * province dashboard. `--province` filters the national computation; it never redistributes.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { PeriodState } from './domain/build-state.ts';
import { formatNumber } from './domain/explain-balance.ts';
import { parsePeriod } from './domain/period.ts';
import { balanceRows, type BalanceRow } from './balance-view.ts';
import { loadTaakstellingState, type LoadedState } from './load-taakstelling-state.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';
import type { SourceRow } from './taakstelling.repository.ts';

export type GetPeriodBalancesOptions = {
  db: Executor;
  period: string;
  province?: string | undefined;
  asOf: string;
  /** The policy: may the caller read this municipality's balance? */
  canRead: (municipality: MunicipalityScope) => boolean;
};

export type BalanceTotals = {
  municipalities: number;
  task: number | null;
  corrected: number | null;
  realised: number;
  closing: number | null;
  percentage: number | null;
  how: string;
};

export type PeriodBalances = {
  period: string;
  asOf: string;
  state: PeriodState;
  province: { code: string; name: string } | null;
  rows: BalanceRow[];
  totals: BalanceTotals;
  sources: SourceRow[];
};

/** The period's state, also for a period outside the covered range (no national task). */
function periodStateOf(loaded: LoadedState, period: string): PeriodState {
  const known = loaded.state.byPeriod.get(period);
  if (known) {
    return known;
  }
  const { year } = parsePeriod(period);
  return {
    period,
    status: 'no_national_task',
    message: `No national task with a source is known for ${period}.`,
    national: null,
    divisionYear: year,
    division: loaded.state.inputs.divisions.get(year) ?? [],
    referenceDate: null,
    distribution: null,
    chainStart: null,
  };
}

function totalsOf(rows: BalanceRow[], state: PeriodState): BalanceTotals {
  const withBalance = rows.filter((row) => row.balance !== null);
  const realised = rows.reduce((sum, row) => sum + row.realised, 0);
  if (state.status !== 'computed' || withBalance.length === 0) {
    return { municipalities: rows.length, task: null, corrected: null, realised, closing: null, percentage: null, how: state.message ?? 'no balances' };
  }
  const sum = (pick: (row: BalanceRow) => number) => withBalance.reduce((total, row) => total + pick(row), 0);
  const task = sum((row) => row.balance?.task ?? 0);
  const corrected = sum((row) => row.balance?.corrected ?? 0);
  const percentage = corrected > 0 ? Math.round((realised / corrected) * 1000) / 10 : null;
  return {
    municipalities: rows.length,
    task,
    corrected,
    realised,
    closing: sum((row) => row.balance?.closing ?? 0),
    percentage,
    how:
      `sums over ${rows.length} municipalities; ` +
      (percentage === null ? 'no percentage (corrected task 0)' : `${formatNumber(realised)} / ${formatNumber(corrected)} × 100 = ${formatNumber(percentage)}%`),
  };
}

function sourcesOf(loaded: LoadedState, state: PeriodState): SourceRow[] {
  const ids = new Set<string>();
  if (state.national) {
    ids.add(state.national.sourceId);
  }
  const referenceDate = state.distribution?.populationReferenceDate;
  for (const id of referenceDate ? (loaded.populationSources.get(referenceDate) ?? []) : []) {
    ids.add(id);
  }
  for (const [key, id] of loaded.officialSources) {
    if (key.startsWith(`${state.period}|`)) {
      ids.add(id);
    }
  }
  return [...ids].flatMap((id) => loaded.sources.get(id) ?? []);
}

/** Builds the period's balances for the rows the caller may read. */
export async function getPeriodBalances({ db, period, province, asOf, canRead }: GetPeriodBalancesOptions): Promise<PeriodBalances> {
  parsePeriod(period);
  const loaded = await loadTaakstellingState({ db, asOf });
  if (province !== undefined && !loaded.provinces.has(province)) {
    throw new AppError('NOT_FOUND', `There is no province ${province}.`, { field: 'query.province' });
  }
  const state = periodStateOf(loaded, period);
  const inProvince = (row: { provinceCode: string }) => province === undefined || row.provinceCode === province;
  const rows = balanceRows(loaded, state, (row) => inProvince(row) && canRead({ code: row.code, provinceCode: row.provinceCode }));
  if (rows.length === 0 && state.division.some(inProvince)) {
    throw new AppError('FORBIDDEN', `You may not read these balances${province ? ` of ${province}` : ''}.`);
  }
  return {
    period,
    asOf,
    state,
    province: province ? { code: province, name: loaded.provinces.get(province) ?? province } : null,
    rows,
    totals: totalsOf(rows, state),
    sources: sourcesOf(loaded, state),
  };
}
