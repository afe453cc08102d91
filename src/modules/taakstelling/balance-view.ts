// SPDX-License-Identifier: EUPL-1.2
/**
 * One balance row per municipality of a period, with the "how computed" line of every number and
 * a small trend, from the loaded state. Shared by the province view, the municipality view and
 * the exports, so they always agree.
 */
import { successorOn, type Balance } from './domain/balance.ts';
import type { PeriodState } from './domain/build-state.ts';
import { explainBalance, type BalanceExplanation, type CarrySource } from './domain/explain-balance.ts';
import { computedFormula, type PeriodDistributionRow } from './domain/period-distribution.ts';
import { formatPeriod, parsePeriod, periodStart, previousPeriod } from './domain/period.ts';
import type { LoadedState } from './load-taakstelling-state.ts';

export type BalanceRow = {
  code: string;
  name: string;
  provinceCode: string;
  population: number | null;
  task: number | null;
  taskSource: 'computed' | 'official' | null;
  computedTask: number | null;
  officialTask: number | null;
  officialTaskIncludingBacklog: number | null;
  differs: boolean;
  /** Persons and rows recorded as housed in the period (known even without a task). */
  realised: number;
  realisations: number;
  /** Null when the period has no complete distribution (see the period's message). */
  balance: Balance | null;
  onTrackStatus: 'on_track' | 'behind' | null;
  how: BalanceExplanation | null;
  trend: { period: string; percentage: number | null }[];
};

type CarryEntry = Extract<CarrySource, { kind: 'previous' }>['entries'][number];

/** Which balances of the previous period flow into each municipality of `period` (by heir). */
function carryEntries(loaded: LoadedState, period: PeriodState): Map<string, CarryEntry[]> {
  const result = new Map<string, CarryEntry[]>();
  const previous = formatPeriod(previousPeriod(parsePeriod(period.period)));
  const start = periodStart(parsePeriod(period.period));
  const { successions } = loaded.state.inputs;
  for (const [code, b] of loaded.state.balances.get(previous) ?? []) {
    const heir = successorOn(code, start, successions);
    const merged = heir === code ? null : (successions.find((s) => s.predecessor === code)?.effectiveDate ?? null);
    const list = result.get(heir) ?? [];
    list.push({
      code,
      name: loaded.municipalities.get(code)?.name ?? null,
      period: previous,
      corrected: b.corrected,
      realised: b.realised,
      closing: b.closing,
      mergedOn: merged,
    });
    result.set(heir, list);
  }
  return result;
}

function carrySource(loaded: LoadedState, period: PeriodState, row: PeriodDistributionRow, entries: Map<string, CarryEntry[]>): CarrySource {
  if (period.chainStart !== period.period) {
    return { kind: 'previous', entries: entries.get(row.code) ?? [] };
  }
  const opening = loaded.state.openings.get(period.period)?.get(row.code);
  if (opening !== undefined && row.official !== null && row.officialIncludingBacklog !== null) {
    return { kind: 'opening_official', period: period.period, taskIncludingBacklog: row.officialIncludingBacklog, task: row.official };
  }
  const before = loaded.state.byPeriod.get(formatPeriod(previousPeriod(parsePeriod(period.period))));
  const reason = before?.message ? `${before.period}: ${before.message}` : 'the first period with a national task';
  return { kind: 'opening_zero', period: period.period, reason };
}

/** Percentages of the last `count` periods up to `period` (null where there is no balance). */
function trendOf(loaded: LoadedState, period: string, code: string, count = 6): BalanceRow['trend'] {
  const index = loaded.state.periods.findIndex((p) => p.period === period);
  return loaded.state.periods
    .slice(Math.max(0, index - count + 1), index + 1)
    .map((p) => ({ period: p.period, percentage: loaded.state.balances.get(p.period)?.get(code)?.percentage ?? null }));
}

/** The rows of `period` for the municipalities `include` accepts, ordered by CBS code. */
export function balanceRows(loaded: LoadedState, period: PeriodState, include: (row: PeriodDistributionRow | { code: string; provinceCode: string }) => boolean): BalanceRow[] {
  const entries = carryEntries(loaded, period);
  const transfers = loaded.state.inputs.transfers.filter((t) => t.period === period.period);
  const realisedOf = (code: string) => loaded.state.inputs.realised.get(period.period)?.get(code);
  const distributionRows: PeriodDistributionRow[] =
    period.distribution?.rows ??
    period.division.map((m) => ({ ...m, population: null, task: null, computed: null, official: null, officialIncludingBacklog: null, differs: false }));
  return distributionRows.filter(include).map((row): BalanceRow => {
    const balance = loaded.state.balances.get(period.period)?.get(row.code) ?? null;
    const realised = realisedOf(row.code);
    const officialSourceId = loaded.officialSources.get(`${period.period}|${row.code}`);
    return {
      code: row.code,
      name: row.name,
      provinceCode: row.provinceCode,
      population: row.population,
      task: row.task,
      taskSource: row.official !== null ? 'official' : row.computed ? 'computed' : null,
      computedTask: row.computed?.task ?? null,
      officialTask: row.official,
      officialTaskIncludingBacklog: row.officialIncludingBacklog,
      differs: row.differs,
      realised: realised?.persons ?? 0,
      realisations: realised?.realisations ?? 0,
      balance,
      onTrackStatus: balance ? (balance.realised >= balance.onTrack ? 'on_track' : 'behind') : null,
      how: balance
        ? explainBalance({
            balance,
            row,
            computedFormula: period.distribution && period.national ? computedFormula(period.distribution, period.national.task, row) : null,
            officialSourceTitle: officialSourceId ? (loaded.sources.get(officialSourceId)?.title ?? null) : null,
            carry: carrySource(loaded, period, row, entries),
            transfers,
            realisations: realised?.realisations ?? 0,
            asOf: loaded.state.asOf,
          })
        : null,
      trend: trendOf(loaded, period.period, row.code),
    };
  });
}
