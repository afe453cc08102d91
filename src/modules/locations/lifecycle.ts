// SPDX-License-Identifier: EUPL-1.2
/**
 * The lifecycle of a reception location: idea → under assessment → decided (yes/no, by whom,
 * when) → preparing → open → closing → closed, each step dated. Pure rules, no database:
 *
 * - A step only moves forward; a step back (or to the same status) is refused with the reason.
 * - Steps may be skipped, except "decided": nothing is prepared, opened or closed without a
 *   recorded decision, and the decision needs its outcome, the body that took it and its date.
 * - A "no" decision ends the lifecycle: nothing follows it.
 * - A step is not dated before the step it follows.
 */
export const locationStatuses = ['idea', 'under_assessment', 'decided', 'preparing', 'open', 'closing', 'closed'] as const;
export type LocationStatus = (typeof locationStatuses)[number];

/** A decision on a location. */
export type Decision = { outcome: 'yes' | 'no'; decidedBy: string; decidedOn: string };

/** Where a location stands now. */
export type LifecycleState = { status: LocationStatus; since: string; decision: Decision | null };

/** A requested step. */
export type StepRequest = { status: LocationStatus; on: string; decision?: { outcome: 'yes' | 'no'; decidedBy: string } };

/** Why a step was refused, for a client to word it in its own language. */
export type RefusalRule = 'backwards' | 'same_status' | 'after_no' | 'before_current' | 'decision_required' | 'decision_missing' | 'decision_misplaced';

export type StepOutcome = { ok: true; state: LifecycleState } | { ok: false; field: string; rule: RefusalRule; reason: string };

const order = (status: LocationStatus): number => locationStatuses.indexOf(status);

/** Statuses in which a location has places that count as realised (progress against targets). */
export const realisedStatuses: readonly LocationStatus[] = ['open', 'closing'];

/** Statuses in which persons can stay at a location (occupancy may be recorded). */
export const occupiableStatuses: readonly LocationStatus[] = ['preparing', 'open', 'closing'];

/** Applies one step to a state, or says why it is refused. */
export function applyStep(current: LifecycleState | null, step: StepRequest): StepOutcome {
  if (current && order(step.status) <= order(current.status)) {
    const same = step.status === current.status;
    const word = same ? 'is already' : 'cannot go back to';
    return {
      ok: false,
      field: 'status',
      rule: same ? 'same_status' : 'backwards',
      reason: `The location ${word} "${step.status}": it is "${current.status}" since ${current.since}, and the lifecycle only moves forward.`,
    };
  }
  if (current?.decision?.outcome === 'no') {
    return {
      ok: false,
      field: 'status',
      rule: 'after_no',
      reason: `The decision on ${current.decision.decidedOn} by ${current.decision.decidedBy} was "no": no step follows it.`,
    };
  }
  if (current && step.on < current.since) {
    return { ok: false, field: 'on', rule: 'before_current', reason: `The step is dated ${step.on}, before the current step "${current.status}" of ${current.since}.` };
  }
  if (step.status === 'decided') {
    if (!step.decision) {
      return { ok: false, field: 'decision', rule: 'decision_missing', reason: 'The step "decided" needs the decision: its outcome (yes or no) and who took it.' };
    }
    const decision: Decision = { ...step.decision, decidedOn: step.on };
    return { ok: true, state: { status: 'decided', since: step.on, decision } };
  }
  if (step.decision) {
    return { ok: false, field: 'decision', rule: 'decision_misplaced', reason: `A decision belongs to the step "decided", not to "${step.status}".` };
  }
  const decision = current?.decision ?? null;
  if (order(step.status) > order('decided') && decision === null) {
    return {
      ok: false,
      field: 'status',
      rule: 'decision_required',
      reason: `The location cannot be "${step.status}" without a decision: record the step "decided" (yes) first.`,
    };
  }
  return { ok: true, state: { status: step.status, since: step.on, decision } };
}

/** Applies steps in order (a new location's history); stops at the first refusal, naming its index. */
export function applySteps(
  steps: StepRequest[],
): { ok: true; state: LifecycleState } | { ok: false; index: number; field: string; rule?: RefusalRule; reason: string } {
  let state: LifecycleState | null = null;
  for (const [index, step] of steps.entries()) {
    const outcome = applyStep(state, step);
    if (!outcome.ok) {
      return { ...outcome, index };
    }
    state = outcome.state;
  }
  if (!state) {
    return { ok: false, index: 0, field: 'steps', reason: 'A location needs at least one step (e.g. "idea" with its date).' };
  }
  return { ok: true, state };
}
