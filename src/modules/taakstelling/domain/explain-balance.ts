// SPDX-License-Identifier: EUPL-1.2
/**
 * "How was this computed?" for every number of a balance, in one line each, e.g.
 * "corrected = task 391 + backlog 12 − lead 0 + transfers 0 = 403". Pure: the caller passes the
 * balance and what it was computed from.
 */
import type { Balance } from './balance.ts';
import type { TransferInput } from './build-state.ts';
import type { PeriodDistributionRow } from './period-distribution.ts';
import { monthsElapsed, parsePeriod, periodEnd, periodStart } from './period.ts';

export type BalanceExplanation = {
  task: string;
  carriedIn: string;
  transfers: string;
  corrected: string;
  realised: string;
  percentage: string;
  onTrack: string;
  forecast: string;
  closing: string;
};

/** Where the carried-in balance came from. */
export type CarrySource =
  | { kind: 'previous'; entries: { code: string; name: string | null; period: string; corrected: number; realised: number; closing: number; mergedOn: string | null }[] }
  | { kind: 'opening_official'; period: string; taskIncludingBacklog: number; task: number }
  | { kind: 'opening_zero'; period: string; reason: string };

export type ExplainBalanceOptions = {
  balance: Balance;
  row: PeriodDistributionRow;
  /** The computation of the task, e.g. "18,750 × 374,238 / 17,942,942 = 391.07 → 391". */
  computedFormula: string | null;
  officialSourceTitle: string | null;
  carry: CarrySource;
  transfers: TransferInput[];
  realisations: number;
  asOf: string;
};

const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** en-GB grouping ("18,750") with a real minus sign for negatives ("−3"). */
export const formatNumber = (value: number): string => (value < 0 ? `−${en.format(-value)}` : en.format(value));
/** "+ transfers 5" or "− transfers 5", as in "task + backlog − lead ± transfers". */
const transfersTerm = (value: number): string =>
  value < 0 ? `− transfers ${formatNumber(-value)}` : `+ transfers ${formatNumber(value)}`;

function explainTask({ row, officialSourceTitle, computedFormula }: ExplainBalanceOptions): string {
  if (row.official === null) {
    return computedFormula ? `task = ${computedFormula}` : 'no task';
  }
  const computed = row.computed
    ? row.differs
      ? `; the computation gives ${row.computed.task} (${computedFormula}), which differs`
      : '; equal to the computation'
    : '';
  return `task = ${formatNumber(row.official)} from the official table${officialSourceTitle ? ` (${officialSourceTitle})` : ''}${computed}`;
}

function explainCarry(carry: CarrySource, balance: Balance): string {
  const word = balance.carriedIn >= 0 ? `backlog ${formatNumber(balance.carriedIn)}` : `lead ${formatNumber(-balance.carriedIn)}`;
  if (carry.kind === 'opening_official') {
    return `${word}: opening of ${carry.period} from the official table: ${formatNumber(carry.taskIncludingBacklog)} including backlog − task ${formatNumber(carry.task)}`;
  }
  if (carry.kind === 'opening_zero') {
    return `0: ${carry.period} opens the chain (${carry.reason}); no official backlog is imported, so it starts at 0`;
  }
  if (carry.entries.length === 0) {
    return `0: nothing carried over from the previous period`;
  }
  const parts = carry.entries.map((e) => {
    const who = e.mergedOn ? `${e.code}${e.name ? ` ${e.name}` : ''} (merged on ${e.mergedOn}) ` : '';
    return `${who}closing ${e.period}: corrected ${formatNumber(e.corrected)} − realised ${formatNumber(e.realised)} = ${formatNumber(e.closing)}`;
  });
  return `${word} = ${parts.join('; ')}`;
}

function explainTransfers({ transfers, balance }: ExplainBalanceOptions): string {
  const mine = transfers.filter((t) => t.from === balance.code || t.to === balance.code);
  if (mine.length === 0) {
    return 'no agreed transfers: 0';
  }
  const parts = mine.map((t) =>
    t.to === balance.code
      ? `+ ${formatNumber(t.persons)} housed for ${t.from} (${t.reference}, agreed ${t.agreedOn})`
      : `− ${formatNumber(t.persons)} housed by ${t.to} (${t.reference}, agreed ${t.agreedOn})`,
  );
  return `transfers = ${parts.join('; ')} = ${formatNumber(balance.transfers)}`;
}

/** One "how computed" line per number of the balance. */
export function explainBalance(options: ExplainBalanceOptions): BalanceExplanation {
  const { balance: b, asOf } = options;
  const period = parsePeriod(b.period);
  const elapsed = monthsElapsed(period, asOf);
  const months = formatNumber(Math.round(elapsed * 10) / 10);
  const carriedWord = b.carriedIn >= 0 ? `backlog ${formatNumber(b.backlog)} − lead 0` : `backlog 0 − lead ${formatNumber(b.lead)}`;
  return {
    task: explainTask(options),
    carriedIn: explainCarry(options.carry, b),
    transfers: explainTransfers(options),
    corrected: `corrected = task ${formatNumber(b.task)} + ${carriedWord} ${transfersTerm(b.transfers)} = ${formatNumber(b.corrected)}`,
    realised: `${formatNumber(b.realised)} persons in ${formatNumber(options.realisations)} recorded realisations housed ${periodStart(period)} – ${periodEnd(period)}`,
    percentage:
      b.percentage === null
        ? `no percentage: the corrected task is ${formatNumber(b.corrected)}`
        : `${formatNumber(b.realised)} / ${formatNumber(b.corrected)} × 100 = ${formatNumber(b.percentage)}%`,
    onTrack: `${formatNumber(b.corrected)} × ${months} of 6 months elapsed on ${asOf} / 6 = ${formatNumber(b.onTrack)}`,
    forecast:
      elapsed >= 6
        ? `the period has ended: forecast = realised = ${formatNumber(b.forecast)}`
        : elapsed === 0
          ? `the period has not started on ${asOf}: forecast = realised = ${formatNumber(b.forecast)}`
          : `${formatNumber(b.realised)} / ${months} months × 6 = ${formatNumber(b.forecast)}`,
    closing:
      b.closing >= 0
        ? `${formatNumber(b.corrected)} − ${formatNumber(b.realised)} = ${formatNumber(b.closing)}: backlog carried into the next period`
        : `${formatNumber(b.corrected)} − ${formatNumber(b.realised)} = ${formatNumber(b.closing)}: lead carried into the next period`,
  };
}
