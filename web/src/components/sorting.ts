// SPDX-License-Identifier: EUPL-1.2
/** Sorting rows by a column: numbers by value, text in Dutch alphabetical order, empty cells last. */

export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null;
export type SortState = { key: string; direction: SortDirection };

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Compares two cell values in the given direction; null (no figure) always sorts last. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? 1 : -1;
  }
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** A sorted copy of `rows`; equal values keep their original order (stable sort). */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, direction: SortDirection): Row[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareSortValues(value(a.row), value(b.row), direction) || a.index - b.index)
    .map(({ row }) => row);
}

/** The next state after activating a column header: a new column starts ascending, else it flips. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}
