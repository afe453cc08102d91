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
