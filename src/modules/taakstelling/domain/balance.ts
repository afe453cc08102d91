// SPDX-License-Identifier: EUPL-1.2
/**
 * The balance of the taakstelling per municipality per period, and the carry-over rule.
 *
 * Carry-over rule (explicit, tested in balance.test.ts):
 *   corrected task  = task + backlog − lead + transfers
 *   closing balance = corrected task − realised
 *   A positive closing balance is carried into the next period as backlog (achterstand); a
 *   negative one as lead (voorsprong), in full. A municipality that merged away carries its
 *   closing balance into its successor (the balance follows the merger).
 * Transfers are agreed with other municipalities: + when this municipality houses persons for
 * another, − when another houses persons for it.
 */
import { formatPeriod, monthsElapsed, periodStart, type Period } from './period.ts';

export type Succession = { predecessor: string; successor: string; effectiveDate: string };

/** Per period (key "2024-I") per municipality code, a number of persons. */
export type PerPeriod = Map<string, Map<string, number>>;

export type ComputeBalancesOptions = {
  /** Consecutive periods, oldest first. */
  periods: Period[];
  tasks: PerPeriod;
  realised: PerPeriod;
  transfers?: PerPeriod;
  /** Backlog (+) or lead (−) carried into the first period, e.g. from an official table. */
  openingBalance?: Map<string, number>;
  successions?: Succession[];
  /** The date the figures are read on (for "on track" and the forecast). */
  asOf: string;
};

export type Balance = {
  period: string;
  code: string;
  task: number;
  /** Carried in from the previous period: + backlog, − lead. */
  carriedIn: number;
  backlog: number;
  lead: number;
  transfers: number;
  corrected: number;
  realised: number;
  /** realised / corrected × 100, or null when the corrected task is 0 or less. */
  percentage: number | null;
  /** Where the municipality should be by `asOf`: one sixth of the corrected task per month. */
  onTrack: number;
  /** Linear extrapolation of the realised figure to the end of the period. */
  forecast: number;
  /** corrected − realised: carried into the next period. */
  closing: number;
};

function get(map: PerPeriod | undefined, period: string, code: string): number {
  return map?.get(period)?.get(code) ?? 0;
}

/** The municipality that `code` has become on `date`, following merger chains. */
export function successorOn(code: string, date: string, successions: Succession[]): string {
  let current = code;
  for (let step = 0; step < 20; step++) {
    const next = successions.find((s) => s.predecessor === current && s.effectiveDate <= date);
    if (!next) {
      return current;
    }
    current = next.successor;
  }
  return current;
}

/** Computes every municipality's balance for every period, applying the carry-over rule. */
export function computeBalances(options: ComputeBalancesOptions): Balance[] {
  const successions = options.successions ?? [];
  const result: Balance[] = [];
  let closing = new Map(options.openingBalance ?? []);
  for (const period of options.periods) {
    const key = formatPeriod(period);
    const start = periodStart(period);
    const carried = new Map<string, number>();
    for (const [code, value] of closing) {
      const heir = successorOn(code, start, successions);
      carried.set(heir, (carried.get(heir) ?? 0) + value);
    }
    const codes = new Set<string>([
      ...(options.tasks.get(key)?.keys() ?? []),
      ...(options.realised.get(key)?.keys() ?? []),
      ...(options.transfers?.get(key)?.keys() ?? []),
      ...carried.keys(),
    ]);
    const elapsed = monthsElapsed(period, options.asOf);
    const next = new Map<string, number>();
    for (const code of [...codes].sort()) {
      const task = get(options.tasks, key, code);
      const carriedIn = carried.get(code) ?? 0;
      const transfers = get(options.transfers, key, code);
      const corrected = task + carriedIn + transfers;
      const realised = get(options.realised, key, code);
      const balance: Balance = {
        period: key,
        code,
        task,
        carriedIn,
        backlog: Math.max(carriedIn, 0),
        lead: Math.max(-carriedIn, 0),
        transfers,
        corrected,
        realised,
        percentage: corrected > 0 ? round1((realised / corrected) * 100) : null,
        onTrack: round1((corrected * elapsed) / 6),
        forecast: elapsed >= 6 || elapsed === 0 ? realised : Math.round((realised * 6) / elapsed),
        closing: corrected - realised,
      };
      result.push(balance);
      next.set(code, balance.closing);
    }
    closing = next;
  }
  return result;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
