// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it } from 'vitest';
import nl from '../i18n/nl.json';
import { click, columnTexts, render, type Rendered } from '../testing/render.tsx';
import { SortableTable, type Column } from './SortableTable.tsx';
import { compareSortValues, nextSort, sortRows } from './sorting.ts';

type Row = { name: string; population: number | null };

const rows: Row[] = [
  { name: 'Utrecht', population: 374238 },
  { name: "'s-Gravenhage", population: 566221 },
  { name: 'Amersfoort', population: 161511 },
  { name: 'Zeist', population: null },
  { name: 'Ede', population: 122123 },
];

const columns: Column<Row>[] = [
  { key: 'name', header: 'Gemeente', rowHeader: true, sortValue: (row) => row.name, cell: (row) => row.name },
  {
    key: 'population',
    header: 'Inwoners',
    numeric: true,
    sortValue: (row) => row.population,
    cell: (row) => (row.population === null ? 'geen cijfer' : String(row.population)),
  },
  { key: 'note', header: 'Notitie', cell: () => '-' },
];

describe('sorting helpers', () => {
  it('sorts numbers by value and keeps missing figures last in both directions', () => {
    const ascending = sortRows(rows, (row) => row.population, 'ascending').map((row) => row.population);
    const descending = sortRows(rows, (row) => row.population, 'descending').map((row) => row.population);
    expect(ascending).toEqual([122123, 161511, 374238, 566221, null]);
    expect(descending).toEqual([566221, 374238, 161511, 122123, null]);
  });

  it('sorts text in Dutch order, ignoring case', () => {
    expect(compareSortValues('amersfoort', 'Utrecht', 'ascending')).toBeLessThan(0);
    expect(compareSortValues('Utrecht', 'utrecht', 'ascending')).toBe(0);
  });

  it('flips the direction on the same column and starts ascending on a new one', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'population')).toEqual({ key: 'population', direction: 'ascending' });
  });
});

// The app's own Dutch sentence, filled in the way i18next does.
const sortedMessage = (column: string, direction: 'ascending' | 'descending') =>
  nl.table.sortedBy[direction].replace('{{column}}', column);

describe('SortableTable', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  const setup = async () => {
    view = await render(
      <SortableTable
        caption="Gemeenten"
        label="Gemeenten"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.name}
        initialSort={{ key: 'name', direction: 'ascending' }}
        sortedMessage={sortedMessage}
      />,
    );
    const table = view.container.querySelector('table');
    if (!table) {
      throw new Error('no table rendered');
    }
    const headers = [...table.querySelectorAll('thead th')] as HTMLTableCellElement[];
    return { table, headers, container: view.container };
  };

  it('starts in the initial order and marks that column with aria-sort', async () => {
    const { table, headers } = await setup();
    expect(columnTexts(table, 0)).toEqual(["'s-Gravenhage", 'Amersfoort', 'Ede', 'Utrecht', 'Zeist']);
    expect(headers.map((header) => header.getAttribute('aria-sort'))).toEqual(['ascending', 'none', null]);
  });

  it('sorts by a column when its header button is pressed, then reverses, and announces it', async () => {
    const { table, headers, container } = await setup();
    await click(headers[1]?.querySelector('button'));
    expect(columnTexts(table, 1)).toEqual(['122123', '161511', '374238', '566221', 'geen cijfer']);
    expect(headers[1]?.getAttribute('aria-sort')).toBe('ascending');
    expect(headers[0]?.getAttribute('aria-sort')).toBe('none');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('De tabel is gesorteerd op Inwoners, oplopend.');

    await click(headers[1]?.querySelector('button'));
    expect(columnTexts(table, 1)).toEqual(['566221', '374238', '161511', '122123', 'geen cijfer']);
    expect(headers[1]?.getAttribute('aria-sort')).toBe('descending');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('De tabel is gesorteerd op Inwoners, aflopend.');
  });

  it('renders row headers and offers no button on a column without a sort value', async () => {
    const { table, headers } = await setup();
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(rows.length);
    expect(headers[2]?.querySelector('button')).toBeNull();
    expect(headers.slice(0, 2).every((header) => header.querySelector('button[type="button"]'))).toBe(true);
  });
});
