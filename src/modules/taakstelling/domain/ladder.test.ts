// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Balance } from './balance.ts';
import { proposeLadderStep, type LadderStep } from './ladder.ts';

const balance = (overrides: Partial<Balance>): Balance => ({
  period: '2024-I', code: 'GM0001', task: 100, carriedIn: 0, backlog: 0, lead: 0, transfers: 0,
  corrected: 100, realised: 50, percentage: 50, onTrack: 50, forecast: 100, closing: 50, ...overrides,
});

const cases: { name: string; history: Balance[]; current: LadderStep; expected: LadderStep }[] = [
  { name: 'on the line → on track', history: [balance({})], current: 'op_koers', expected: 'op_koers' },
  { name: '20% behind → signal', history: [balance({ realised: 30 })], current: 'op_koers', expected: 'signaal' },
  {
    name: 'behind with a backlog → talk',
    history: [balance({ realised: 30, backlog: 20, carriedIn: 20 })],
    current: 'signaal',
    expected: 'bestuurlijk_gesprek',
  },
  {
    name: 'never climbs two steps at once',
    history: [balance({ realised: 30, backlog: 20, carriedIn: 20 })],
    current: 'op_koers',
    expected: 'signaal',
  },
  {
    name: 'two periods closed with a backlog → written warning',
    history: [balance({ closing: 10 }), balance({ closing: 20 }), balance({ realised: 30, backlog: 20, carriedIn: 20 })],
    current: 'bestuurlijk_gesprek',
    expected: 'schriftelijke_waarschuwing',
  },
  {
    name: 'legal step is not lowered by figures',
    history: [balance({})],
    current: 'besluit_indeplaatsstelling',
    expected: 'besluit_indeplaatsstelling',
  },
  {
    name: 'recovery proposes going back down',
    history: [balance({ realised: 60 })],
    current: 'bestuurlijk_gesprek',
    expected: 'op_koers',
  },
];

describe('[TAAKSTELLING] ladder proposal', () => {
  it.each(cases)('$name', ({ history, current, expected }) => {
    const proposal = proposeLadderStep({ history, current });
    expect(proposal.step).toBe(expected);
    expect(proposal.reasons.length).toBeGreaterThan(0);
  });
});

describe('[TAAKSTELLING] ladder thresholds are the province’s to set', () => {
  // 20 persons behind the on-track line of a corrected task of 100: 20% short.
  const behind = [balance({ realised: 30, backlog: 20, carriedIn: 20 })];

  it('proposes a signal at the default 10% shortfall, and none when the province allows 25%', () => {
    expect(proposeLadderStep({ history: behind, current: 'op_koers' }).step).toBe('signaal');
    const lenient = { signalShortfall: 0.25, talkBacklogShare: 0.1, warningPeriods: 2 };
    expect(proposeLadderStep({ history: behind, current: 'op_koers', thresholds: lenient }).step).toBe('op_koers');
  });

  it('proposes a talk only above the backlog share the province set', () => {
    expect(proposeLadderStep({ history: behind, current: 'signaal' }).step).toBe('bestuurlijk_gesprek');
    const highBacklog = { signalShortfall: 0.1, talkBacklogShare: 0.3, warningPeriods: 2 };
    expect(proposeLadderStep({ history: behind, current: 'signaal', thresholds: highBacklog }).step).toBe('signaal');
  });

  it('waits for the number of periods closed with a backlog the province set before a written warning', () => {
    const history = [balance({ closing: 10 }), balance({ closing: 20 }), ...behind];
    expect(proposeLadderStep({ history, current: 'bestuurlijk_gesprek' }).step).toBe('schriftelijke_waarschuwing');
    const patient = { signalShortfall: 0.1, talkBacklogShare: 0.1, warningPeriods: 3 };
    expect(proposeLadderStep({ history, current: 'bestuurlijk_gesprek', thresholds: patient }).step).toBe('bestuurlijk_gesprek');
  });
});
