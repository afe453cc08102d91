// SPDX-License-Identifier: EUPL-1.2
/**
 * The province's intervention ladder (interbestuurlijk toezicht) for the taakstelling, and the
 * proposal the system makes from the figures. The system only proposes; a person decides.
 * The two legal steps at the top (decision to act in the municipality's place, and executing it)
 * are never proposed automatically, and a proposal never climbs more than one step at a time.
 */
import type { Balance } from './balance.ts';

export const ladderSteps = [
  'op_koers',
  'signaal',
  'bestuurlijk_gesprek',
  'schriftelijke_waarschuwing',
  'besluit_indeplaatsstelling',
  'uitvoering_indeplaatsstelling',
] as const;
export type LadderStep = (typeof ladderSteps)[number];

export type LadderThresholds = {
  /** Behind the on-track line by more than this share of the corrected task → signal. */
  signalShortfall: number;
  /** A backlog carried in above this share of the period's task → administrative talk. */
  talkBacklogShare: number;
  /** Consecutive periods closed with a backlog before a written warning is proposed. */
  warningPeriods: number;
};

export const defaultLadderThresholds: LadderThresholds = {
  signalShortfall: 0.1,
  talkBacklogShare: 0.1,
  warningPeriods: 2,
};

export type LadderProposal = { step: LadderStep; reasons: string[] };

export type ProposeLadderStepOptions = {
  /** The municipality's balances, oldest first; the last one is the current period. */
  history: Balance[];
  current: LadderStep;
  thresholds?: LadderThresholds;
};

/** Proposes a ladder step from the figures, with the reasons in plain words. */
export function proposeLadderStep({ history, current, thresholds = defaultLadderThresholds }: ProposeLadderStepOptions): LadderProposal {
  const now = history.at(-1);
  if (!now) {
    return { step: current, reasons: ['No figures for this municipality.'] };
  }
  const reasons: string[] = [];
  let level = 0;
  const shortfall = now.onTrack - now.realised;
  if (now.corrected > 0 && shortfall > thresholds.signalShortfall * now.corrected) {
    level = 1;
    reasons.push(`Behind the on-track line by ${Math.round(shortfall)} persons (${now.realised} of ${Math.round(now.onTrack)}).`);
  }
  if (level >= 1 && now.backlog > thresholds.talkBacklogShare * Math.max(now.task, 1)) {
    level = 2;
    reasons.push(`Backlog of ${now.backlog} persons carried in from earlier periods.`);
  }
  const closedWithBacklog = countTrailing(history.slice(0, -1), (b) => b.closing > 0);
  if (level >= 2 && closedWithBacklog >= thresholds.warningPeriods) {
    level = 3;
    reasons.push(`${closedWithBacklog} periods in a row closed with a backlog.`);
  }
  const currentLevel = ladderSteps.indexOf(current);
  if (level > currentLevel + 1) {
    reasons.push('A proposal climbs at most one step at a time.');
    level = currentLevel + 1;
  }
  if (level < currentLevel && currentLevel >= 4) {
    // Legal steps are ended by a decision, not by the figures.
    return { step: current, reasons: [...reasons, 'Legal steps end by a decision of the province.'] };
  }
  if (reasons.length === 0) {
    reasons.push('On track: realised at or above the on-track line.');
  }
  return { step: ladderSteps[level] ?? current, reasons };
}

function countTrailing<T>(items: T[], test: (item: T) => boolean): number {
  let count = 0;
  for (let i = items.length - 1; i >= 0 && test(items[i] as T); i--) {
    count++;
  }
  return count;
}
