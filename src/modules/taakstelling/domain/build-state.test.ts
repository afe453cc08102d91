// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { buildTaakstellingState, type StateInputs } from './build-state.ts';

const member = (code: string) => ({ code, name: `Gemeente ${code}`, provinceCode: 'PV26' });

/**
 * Two municipalities in 2020; GM0002 merges into GM0003 on 2021-01-01. National tasks for
 * 2020-I, 2020-II, 2021-I and 2022-I (none for 2021-II). Populations on 2020-01-01 and 2021-01-01.
 * Worked out by hand:
 *   2020-I : 10 × 100/200 = 5 each. Official table: GM0002 task 5, incl. backlog 7 → opening 2.
 *            GM0002: corrected 5 + 2 = 7, realised 3 → closing 4; GM0003: 5 − 0, realised 6 → −1.
 *   2020-II: 20 × 100/200 = 10 each; transfer: GM0003 houses 2 for GM0002.
 *            GM0002: 10 + 4 − 2 = 12, realised 0 → 12; GM0003: 10 − 1 + 2 = 11, realised 11 → 0.
 *   2021-I : only GM0003 (pop 200): task 30; carried in 12 (from GM0002) + 0 = 12 → corrected 42.
 *   2021-II: no national task → no balances; 2022-I opens a new chain at 0.
 */
const inputs: StateInputs = {
  nationalTasks: [
    { period: '2020-I', task: 10, backlogIn: null, populationReferenceDate: null, sourceId: 's' },
    { period: '2020-II', task: 20, backlogIn: null, populationReferenceDate: null, sourceId: 's' },
    { period: '2021-I', task: 30, backlogIn: null, populationReferenceDate: null, sourceId: 's' },
    { period: '2022-I', task: 8, backlogIn: null, populationReferenceDate: null, sourceId: 's' },
  ],
  divisions: new Map([
    [2020, [member('GM0002'), member('GM0003')]],
    [2021, [member('GM0003')]],
    [2022, [member('GM0003')]],
  ]),
  populationDates: ['2020-01-01', '2021-01-01'],
  populations: new Map([
    ['2020-01-01', [{ code: 'GM0002', population: 100 }, { code: 'GM0003', population: 100 }]],
    ['2021-01-01', [{ code: 'GM0003', population: 200 }]],
  ]),
  official: new Map([['2020-I', [{ code: 'GM0002', task: 5, taskIncludingBacklog: 7 }, { code: 'GM0003', task: 5, taskIncludingBacklog: null }]]]),
  successions: [{ predecessor: 'GM0002', successor: 'GM0003', effectiveDate: '2021-01-01' }],
  realised: new Map([
    ['2020-I', new Map([['GM0002', { persons: 3, realisations: 1 }], ['GM0003', { persons: 6, realisations: 2 }]])],
    ['2020-II', new Map([['GM0003', { persons: 11, realisations: 4 }]])],
    ['2021-II', new Map([['GM0003', { persons: 5, realisations: 1 }]])],
  ]),
  transfers: [{ id: 't', period: '2020-II', from: 'GM0002', to: 'GM0003', persons: 2, agreedOn: '2020-08-01', reference: 'afspraak' }],
};

describe('[TAAKSTELLING] all periods at once: chains, openings, mergers, transfers', () => {
  const state = buildTaakstellingState(inputs, '2022-12-31');
  const balance = (period: string, code: string) => state.balances.get(period)?.get(code);

  it('covers every period from the first task to the last and says which have balances', () => {
    expect(state.periods.map((p) => [p.period, p.status, p.chainStart])).toEqual([
      ['2020-I', 'computed', '2020-I'],
      ['2020-II', 'computed', '2020-I'],
      ['2021-I', 'computed', '2020-I'],
      ['2021-II', 'no_national_task', null],
      ['2022-I', 'computed', '2022-I'],
      ['2022-II', 'no_national_task', null],
    ]);
  });

  it('opens the chain with the official backlog and carries it with transfers', () => {
    expect(state.openings.get('2020-I')).toEqual(new Map([['GM0002', 2]]));
    expect(balance('2020-I', 'GM0002')).toMatchObject({ task: 5, carriedIn: 2, corrected: 7, realised: 3, closing: 4 });
    expect(balance('2020-I', 'GM0003')).toMatchObject({ task: 5, corrected: 5, realised: 6, closing: -1 });
    expect(balance('2020-II', 'GM0002')).toMatchObject({ task: 10, carriedIn: 4, transfers: -2, corrected: 12, closing: 12 });
    expect(balance('2020-II', 'GM0003')).toMatchObject({ task: 10, carriedIn: -1, transfers: 2, corrected: 11, closing: 0 });
  });

  it('lets the backlog of a merged municipality follow it into its successor', () => {
    expect(balance('2021-I', 'GM0002')).toBeUndefined();
    expect(balance('2021-I', 'GM0003')).toMatchObject({ task: 30, carriedIn: 12, corrected: 42 });
  });

  it('invents nothing for a period without a task, and starts again at 0 after it', () => {
    expect(state.balances.has('2021-II')).toBe(false);
    expect(state.byPeriod.get('2021-II')?.message).toContain('No national task');
    expect(balance('2022-I', 'GM0003')).toMatchObject({ task: 8, carriedIn: 0, corrected: 8 });
  });

  it('marks a period whose official table is partial and has no population as partial, without balances', () => {
    const partial = buildTaakstellingState(
      {
        ...inputs,
        nationalTasks: [{ period: '2019-II', task: 10, backlogIn: null, populationReferenceDate: null, sourceId: 's' }],
        divisions: new Map([[2019, [member('GM0002'), member('GM0003')]]]),
        official: new Map([['2019-II', [{ code: 'GM0002', task: 4, taskIncludingBacklog: null }]]]),
        realised: new Map(),
        transfers: [],
      },
      '2019-12-31',
    );
    const period = partial.byPeriod.get('2019-II');
    expect(period?.status).toBe('partial');
    expect(period?.distribution?.rows.map((r) => [r.code, r.task])).toEqual([
      ['GM0002', 4],
      ['GM0003', null],
    ]);
    expect(partial.balances.size).toBe(0);
  });
});
