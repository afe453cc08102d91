// SPDX-License-Identifier: EUPL-1.2
/**
 * All periods at once, from plain data: each period's distribution (or why there is none), and
 * the balances of every municipality, carried over within each chain of consecutive periods that
 * have a complete distribution.
 *
 * Chains (documented rule): a balance can only be carried over a period whose tasks are known.
 * A chain starts at the first period with a complete distribution and ends before a period
 * without one (no national task with a source, no population figures and no official table, or
 * only a partial official table). The first period of a chain opens with the backlog from an
 * official table for that period (official task including backlog − official task) where one is
 * imported, else with 0. Nothing is invented for a period without figures: its rows show what
 * was realised, and say why there is no task.
 */
import { computeBalances, type Balance, type PerPeriod, type Succession } from './balance.ts';
import {
  buildPeriodDistribution,
  type DivisionMember,
  type OfficialTask,
  type PeriodDistribution,
} from './period-distribution.ts';
import { comparePeriods, formatPeriod, nextPeriod, parsePeriod, periodOfDate, periodStart, type Period } from './period.ts';

export type NationalTaskInput = {
  period: string;
  task: number;
  backlogIn: number | null;
  populationReferenceDate: string | null;
  sourceId: string;
};

export type TransferInput = {
  id: string;
  period: string;
  from: string;
  to: string;
  persons: number;
  agreedOn: string;
  reference: string;
};

export type RealisedTotal = { persons: number; realisations: number };

export type StateInputs = {
  nationalTasks: NationalTaskInput[];
  /** Division per year (municipalities active on 1 January), ordered by code. */
  divisions: Map<number, DivisionMember[]>;
  /** Population reference dates loaded, oldest first. */
  populationDates: string[];
  populations: Map<string, { code: string; population: number }[]>;
  official: Map<string, OfficialTask[]>;
  /** Successions, the largest territory share first (a split carries its balance to that one). */
  successions: Succession[];
  realised: Map<string, Map<string, RealisedTotal>>;
  transfers: TransferInput[];
};

export type PeriodStatus = 'computed' | 'partial' | 'no_distribution' | 'no_national_task' | 'no_division';

export type PeriodState = {
  period: string;
  status: PeriodStatus;
  /** Why there is no (complete) distribution; null when computed. */
  message: string | null;
  national: NationalTaskInput | null;
  divisionYear: number;
  division: DivisionMember[];
  /** The population reference date used (or the one that was missing figures). */
  referenceDate: string | null;
  distribution: PeriodDistribution | null;
  /** The first period of this period's chain; null outside a chain. */
  chainStart: string | null;
};

export type TaakstellingState = {
  asOf: string;
  periods: PeriodState[];
  byPeriod: Map<string, PeriodState>;
  /** Balances per period per municipality code (only periods in a chain). */
  balances: Map<string, Map<string, Balance>>;
  /** Opening balance per chain start per code, from an official table. */
  openings: Map<string, Map<string, number>>;
  inputs: StateInputs;
};

/** The periods to cover: from the first national task or realisation to the last one or asOf. */
function coveredPeriods(inputs: StateInputs, asOf: string): Period[] {
  const keys = [...inputs.nationalTasks.map((n) => n.period), ...inputs.realised.keys()];
  if (keys.length === 0) {
    return [];
  }
  const all = [...keys.map((k) => parsePeriod(k)), periodOfDate(asOf)].sort(comparePeriods);
  const last = all[all.length - 1] as Period;
  const result: Period[] = [];
  // Periods are years 2000-2100 (parsePeriod), so this stops after at most 202 steps.
  for (let p = all[0] as Period; comparePeriods(p, last) <= 0; p = nextPeriod(p)) {
    result.push(p);
  }
  return result;
}

function statePeriod(inputs: StateInputs, period: Period, nationalByPeriod: Map<string, NationalTaskInput>): PeriodState {
  const key = formatPeriod(period);
  const national = nationalByPeriod.get(key) ?? null;
  const division = inputs.divisions.get(period.year) ?? [];
  const base = { period: key, national, divisionYear: period.year, division, distribution: null, chainStart: null };
  if (!national) {
    return { ...base, status: 'no_national_task', referenceDate: null, message: `No national task with a source is known for ${key}.` };
  }
  if (division.length === 0) {
    return { ...base, status: 'no_division', referenceDate: null, message: `No municipal division is loaded for ${period.year}.` };
  }
  const start = periodStart(period);
  const referenceDate = national.populationReferenceDate ?? inputs.populationDates.filter((d) => d <= start).at(-1);
  const result = buildPeriodDistribution({
    period: key,
    nationalTask: national.task,
    division,
    referenceDate,
    populations: referenceDate ? (inputs.populations.get(referenceDate) ?? []) : [],
    official: inputs.official.get(key) ?? [],
  });
  if (!result.ok) {
    return { ...base, status: 'no_distribution', referenceDate: result.referenceDate, message: result.message };
  }
  const withoutTask = result.distribution.rows.filter((row) => row.task === null).length;
  if (withoutTask > 0) {
    return {
      ...base,
      status: 'partial',
      referenceDate: referenceDate ?? null,
      distribution: result.distribution,
      message:
        `Official figures exist for ${division.length - withoutTask} of ${division.length} municipalities and there is ` +
        `no population figure to compute the others, so ${key} has no balances.`,
    };
  }
  return { ...base, status: 'computed', referenceDate: referenceDate ?? null, distribution: result.distribution, message: null };
}

function perPeriod(entries: [string, string, number][]): PerPeriod {
  const map: PerPeriod = new Map();
  for (const [period, code, value] of entries) {
    const byCode = map.get(period) ?? new Map<string, number>();
    byCode.set(code, (byCode.get(code) ?? 0) + value);
    map.set(period, byCode);
  }
  return map;
}

/** Computes every period's distribution and every balance, as read on `asOf`. */
export function buildTaakstellingState(inputs: StateInputs, asOf: string): TaakstellingState {
  const nationalByPeriod = new Map(inputs.nationalTasks.map((n) => [n.period, n]));
  const periods = coveredPeriods(inputs, asOf).map((p) => statePeriod(inputs, p, nationalByPeriod));
  const realised = perPeriod(
    [...inputs.realised].flatMap(([period, byCode]) => [...byCode].map(([code, t]): [string, string, number] => [period, code, t.persons])),
  );
  const transfers = perPeriod(
    inputs.transfers.flatMap((t): [string, string, number][] => [
      [t.period, t.to, t.persons],
      [t.period, t.from, -t.persons],
    ]),
  );
  const balances = new Map<string, Map<string, Balance>>();
  const openings = new Map<string, Map<string, number>>();
  let index = 0;
  while (index < periods.length) {
    if (periods[index]?.status !== 'computed') {
      index++;
      continue;
    }
    const chain: PeriodState[] = [];
    while (periods[index]?.status === 'computed') {
      chain.push(periods[index] as PeriodState);
      index++;
    }
    const first = chain[0] as PeriodState;
    const opening = new Map<string, number>();
    for (const row of first.distribution?.rows ?? []) {
      if (row.official !== null && row.officialIncludingBacklog !== null) {
        opening.set(row.code, row.officialIncludingBacklog - row.official);
      }
    }
    openings.set(first.period, opening);
    const tasks = perPeriod(
      chain.flatMap((p) => (p.distribution?.rows ?? []).map((row): [string, string, number] => [p.period, row.code, row.task ?? 0])),
    );
    const computed = computeBalances({
      periods: chain.map((p) => parsePeriod(p.period)),
      tasks,
      realised,
      transfers,
      openingBalance: opening,
      successions: inputs.successions,
      asOf,
    });
    for (const p of chain) {
      p.chainStart = first.period;
      balances.set(p.period, new Map());
    }
    for (const balance of computed) {
      balances.get(balance.period)?.set(balance.code, balance);
    }
  }
  return { asOf, periods, byPeriod: new Map(periods.map((p) => [p.period, p])), balances, openings, inputs };
}
