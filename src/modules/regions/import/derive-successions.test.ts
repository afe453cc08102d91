// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { deriveSuccessions, type DivisionEntry } from './derive-successions.ts';
import type { AreaGeometry } from './geometry.ts';

/** An axis-aligned rectangle as a GeoJSON Polygon. */
function box(x0: number, x1: number, y0 = 0, y1 = 1): AreaGeometry {
  return { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] };
}

function m(code: string, beginDate: string | null, endDate: string | null, provinceCode = 'PV01'): DivisionEntry {
  return { code, provinceCode, beginDate, endDate };
}

const municipalities: DivisionEntry[] = [
  m('GM0001', '1970-01-01', '2019-01-01'), // merges into new GM0100
  m('GM0002', '1970-01-01', '2019-01-01'), // merges into new GM0100
  m('GM0100', '2019-01-01', null),
  m('GM0003', '1970-01-01', '2019-01-01'), // absorbed by existing GM0004
  m('GM0004', '1970-01-01', null),
  m('GM0005', '1970-01-01', '2021-01-01'), // split over GM0006 and GM0007
  m('GM0006', '1970-01-01', null),
  m('GM0007', '1970-01-01', null),
  m('GM0010', '1970-01-01', '2018-01-01'), // → GM0200 (2018-2022, no boundary) → GM0300
  m('GM0011', '1970-01-01', '2018-01-01'),
  m('GM0200', '2018-01-01', '2022-01-01'),
  m('GM0300', '2022-01-01', null),
  m('GM0020', '1970-01-01', '2019-01-01'), // nearly all into GM0021, a sliver in GM0022
  m('GM0021', '1970-01-01', null),
  m('GM0022', '1970-01-01', null),
  m('GM0400', '1970-01-01', '2016-01-01', 'PV02'), // no boundary: one ended, one began → dates
  m('GM0401', '2016-01-01', null, 'PV02'),
  m('GM0500', '1970-01-01', '2016-01-01', 'PV03'), // two ended, one began: ambiguous
  m('GM0501', '1970-01-01', '2016-01-01', 'PV03'),
  m('GM0502', '2016-01-01', null, 'PV03'),
  m('GM0503', '1970-01-01', null, 'PV03'),
];

const early = new Map<string, AreaGeometry>([
  ['GM0001', box(0, 1)],
  ['GM0002', box(1, 2)],
  ['GM0003', box(2, 3)],
  ['GM0004', box(3, 4)],
  ['GM0005', box(4, 6)],
  ['GM0006', box(6, 7)],
  ['GM0007', box(7, 8)],
  ['GM0010', box(10, 11)],
  ['GM0011', box(11, 12)],
  ['GM0020', box(20, 21)],
  ['GM0021', box(22, 23)],
  ['GM0022', box(23, 24)],
]);

const late = new Map<string, AreaGeometry>([
  ['GM0100', box(0, 2)],
  ['GM0004', box(2, 4)],
  ['GM0006', box(4, 5)],
  ['GM0007', box(5, 6)],
  ['GM0300', box(10, 12)],
  ['GM0021', box(20, 20.98)],
  ['GM0022', box(20.98, 22)],
]);

describe('deriveSuccessions', () => {
  const rows = deriveSuccessions({ municipalities, early, late });
  const of = (code: string) => rows.filter((r) => r.predecessorCode === code);

  it('finds mergers into a new municipality and absorption by an existing one', () => {
    expect(of('GM0001')).toEqual([
      { predecessorCode: 'GM0001', successorCode: 'GM0100', effectiveDate: '2019-01-01', derivation: 'geometry', territoryShare: 1 },
    ]);
    expect(of('GM0002').map((r) => r.successorCode)).toEqual(['GM0100']);
    expect(of('GM0003').map((r) => [r.successorCode, r.effectiveDate])).toEqual([['GM0004', '2019-01-01']]);
  });

  it('lists every successor of a split with its share', () => {
    // Grid sampling (plus one interior point) measures the halves to within a point.
    expect(of('GM0005').map((r) => [r.successorCode, Math.round((r.territoryShare ?? 0) * 100) / 100])).toEqual([
      ['GM0006', 0.5],
      ['GM0007', 0.5],
    ]);
  });

  it('follows a chain through a municipality that has no boundary of its own', () => {
    expect(of('GM0010').map((r) => [r.successorCode, r.effectiveDate, r.derivation])).toEqual([
      ['GM0200', '2018-01-01', 'geometry+dates'],
    ]);
    expect(of('GM0011').map((r) => r.successorCode)).toEqual(['GM0200']);
    expect(of('GM0200').map((r) => [r.successorCode, r.effectiveDate, r.derivation])).toEqual([
      ['GM0300', '2022-01-01', 'dates+geometry'],
    ]);
  });

  it('ignores slivers caused by differently simplified boundaries', () => {
    expect(of('GM0020').map((r) => r.successorCode)).toEqual(['GM0021']);
    expect(of('GM0020')[0]?.territoryShare).toBeGreaterThan(0.95);
  });

  it('uses the dates alone only for a one-to-one change, never to guess between several', () => {
    expect(of('GM0400').map((r) => [r.successorCode, r.derivation])).toEqual([['GM0401', 'dates']]);
    expect(of('GM0500')).toEqual([]);
    expect(of('GM0501')).toEqual([]);
  });

  it('derives nothing for municipalities that did not end', () => {
    expect(rows.filter((r) => ['GM0004', 'GM0100', 'GM0300'].includes(r.predecessorCode))).toEqual([]);
  });
});
