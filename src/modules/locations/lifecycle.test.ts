// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { applyStep, applySteps, type LifecycleState, type StepRequest } from './lifecycle.ts';

const idea: LifecycleState = { status: 'idea', since: '2016-01-10', decision: null };
const decidedYes: LifecycleState = {
  status: 'decided',
  since: '2016-02-01',
  decision: { outcome: 'yes', decidedBy: 'college van B&W', decidedOn: '2016-02-01' },
};
const open: LifecycleState = { ...decidedYes, status: 'open', since: '2016-04-01' };

describe('[LOCATIONS] lifecycle', () => {
  it.each<[string, LifecycleState | null, StepRequest, string]>([
    ['idea → under assessment', idea, { status: 'under_assessment', on: '2016-01-20' }, 'under_assessment'],
    ['decided yes → preparing', decidedYes, { status: 'preparing', on: '2016-02-15' }, 'preparing'],
    ['decided yes → open (preparing skipped)', decidedYes, { status: 'open', on: '2016-03-01' }, 'open'],
    ['open → closed', open, { status: 'closed', on: '2016-10-01' }, 'closed'],
    ['a first step', null, { status: 'idea', on: '2016-01-01' }, 'idea'],
  ])('allows %s', (_, current, step, status) => {
    const outcome = applyStep(current, step);
    expect(outcome).toMatchObject({ ok: true, state: { status, since: step.on } });
  });

  it.each<[string, LifecycleState, StepRequest, string, RegExp]>([
    ['a step back', open, { status: 'preparing', on: '2016-05-01' }, 'status', /cannot go back to "preparing": it is "open" since 2016-04-01/],
    ['the same status again', open, { status: 'open', on: '2016-05-01' }, 'status', /is already "open"/],
    ['skipping the decision', idea, { status: 'open', on: '2016-05-01' }, 'status', /without a decision/],
    ['a step dated before the current one', decidedYes, { status: 'preparing', on: '2016-01-31' }, 'on', /before the current step "decided" of 2016-02-01/],
    ['"decided" without the decision', idea, { status: 'decided', on: '2016-02-01' }, 'decision', /needs the decision/],
    ['a decision on another step', decidedYes, { status: 'preparing', on: '2016-03-01', decision: { outcome: 'yes', decidedBy: 'raad' } }, 'decision', /belongs to the step "decided"/],
    [
      'any step after a "no"',
      { status: 'decided', since: '2016-02-01', decision: { outcome: 'no', decidedBy: 'gemeenteraad', decidedOn: '2016-02-01' } },
      { status: 'preparing', on: '2016-03-01' },
      'status',
      /was "no": no step follows it/,
    ],
  ])('refuses %s with the reason', (_, current, step, field, reason) => {
    const outcome = applyStep(current, step);
    expect(outcome.ok).toBe(false);
    expect(outcome).toMatchObject({ field });
    expect(outcome.ok ? '' : outcome.reason).toMatch(reason);
  });

  it('records the decision with its date, and keeps it on later steps', () => {
    const result = applySteps([
      { status: 'idea', on: '2016-01-05' },
      { status: 'decided', on: '2016-02-01', decision: { outcome: 'yes', decidedBy: 'college van B&W Utrecht' } },
      { status: 'open', on: '2016-04-01' },
    ]);
    expect(result).toEqual({
      ok: true,
      state: { status: 'open', since: '2016-04-01', decision: { outcome: 'yes', decidedBy: 'college van B&W Utrecht', decidedOn: '2016-02-01' } },
    });
  });

  it('names the index of the first refused step of a history', () => {
    const result = applySteps([
      { status: 'idea', on: '2016-01-05' },
      { status: 'open', on: '2016-04-01' },
    ]);
    expect(result).toMatchObject({ ok: false, index: 1, field: 'status' });
    expect(applySteps([])).toMatchObject({ ok: false, field: 'steps' });
  });
});
