// SPDX-License-Identifier: EUPL-1.2
/**
 * The system's proposal for a municipality's ladder step, from its balances: the figures of the
 * latest period that has started on `asOf` and has balances, and the earlier periods of the same
 * chain as history (domain/ladder.ts). The system proposes; a coordinator decides.
 */
import type { Balance } from './domain/balance.ts';
import { defaultLadderThresholds, proposeLadderStep, type LadderStep, type LadderThresholds } from './domain/ladder.ts';
import { comparePeriods, parsePeriod, periodStart } from './domain/period.ts';
import type { LoadedState } from './load-taakstelling-state.ts';
import type { ThresholdsRecord } from './supervision.repository.ts';

export type SupervisionProposal = { step: LadderStep; reasons: string[]; figuresPeriod: string | null };

/** The province's thresholds, or the defaults. */
export function thresholdsOf(record: ThresholdsRecord | undefined): LadderThresholds {
  return record
    ? { signalShortfall: record.signalShortfall, talkBacklogShare: record.talkBacklogShare, warningPeriods: record.warningPeriods }
    : defaultLadderThresholds;
}

export function proposalFor(
  loaded: LoadedState,
  code: string,
  current: LadderStep,
  thresholds: LadderThresholds,
): SupervisionProposal {
  const { state } = loaded;
  const started = state.periods.filter(
    (p) => p.status === 'computed' && periodStart(parsePeriod(p.period)) <= state.asOf && state.balances.get(p.period)?.has(code),
  );
  const latest = started.at(-1);
  if (!latest) {
    return { step: current, reasons: ['No balance with figures for this municipality yet: no proposal.'], figuresPeriod: null };
  }
  const history = state.periods
    .filter((p) => p.chainStart === latest.chainStart && comparePeriods(parsePeriod(p.period), parsePeriod(latest.period)) <= 0)
    .flatMap((p): Balance[] => {
      const balance = state.balances.get(p.period)?.get(code);
      return balance ? [balance] : [];
    });
  const proposal = proposeLadderStep({ history, current, thresholds });
  return { ...proposal, reasons: [`Figures of ${latest.period} on ${state.asOf}.`, ...proposal.reasons], figuresPeriod: latest.period };
}
