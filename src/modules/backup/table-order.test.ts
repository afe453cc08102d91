// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { orderTablesByDependencies, type TableDependencies } from './table-order.ts';

const cases: { name: string; tables: TableDependencies[]; expected: string[] }[] = [
  {
    name: 'no foreign keys: alphabetical',
    tables: [
      { name: 'b', references: [] },
      { name: 'a', references: [] },
    ],
    expected: ['a', 'b'],
  },
  {
    name: 'a parent comes before its child even when the child sorts first',
    tables: [
      { name: 'accounts', references: ['organisations'] },
      { name: 'organisations', references: [] },
    ],
    expected: ['organisations', 'accounts'],
  },
  {
    name: 'a chain of three, listed backwards',
    tables: [
      { name: 'c', references: ['b'] },
      { name: 'b', references: ['a'] },
      { name: 'a', references: [] },
    ],
    expected: ['a', 'b', 'c'],
  },
  {
    name: 'self references and references to unknown tables are ignored',
    tables: [
      { name: 'municipalities', references: ['municipalities', 'provinces'] },
      { name: 'provinces', references: ['elsewhere'] },
    ],
    expected: ['provinces', 'municipalities'],
  },
  {
    name: 'a cycle follows the rest, alphabetically',
    tables: [
      { name: 'y', references: ['x'] },
      { name: 'x', references: ['y'] },
      { name: 'z', references: [] },
      { name: 'w', references: ['z'] },
    ],
    expected: ['z', 'w', 'x', 'y'],
  },
];

describe('[BACKUP] table order', () => {
  it.each(cases)('$name', ({ tables, expected }) => {
    expect(orderTablesByDependencies(tables)).toEqual(expected);
  });

  it('does not depend on the input order', () => {
    const tables = cases[4]?.tables ?? [];
    expect(orderTablesByDependencies([...tables].reverse())).toEqual(orderTablesByDependencies(tables));
  });
});
