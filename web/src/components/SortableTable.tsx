// SPDX-License-Identifier: EUPL-1.2
/**
 * A data table whose column headers are buttons that sort it (texts come in through props, so the
 * component does not depend on the translation setup). The sorted column carries
 * `aria-sort`, and a polite live region says what the table is now sorted by, so screen-reader
 * users hear the effect of the button.
 */
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion.tsx';
import { nextSort, sortRows, type SortDirection, type SortState, type SortValue } from './sorting.ts';

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The value to sort by; columns without one cannot be sorted. */
  sortValue?: (row: Row) => SortValue;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Cells of this column are row headers (`<th scope="row">`). */
  rowHeader?: boolean;
};

export type SortableTableProps<Row> = {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: SortState;
  /** Names the table's scroll region on narrow screens (the caption as text). */
  label: string;
  /** Rendered below the table, e.g. the source line. */
  footer?: ReactNode;
  /** The sentence announced after sorting, e.g. "De tabel is gesorteerd op Inwoners, aflopend." */
  sortedMessage: (column: string, direction: SortDirection) => string;
  testId?: string;
};

/** A table sortable by every column that has a `sortValue`. */
export function SortableTable<Row>(props: SortableTableProps<Row>) {
  const { caption, label, columns, rows, rowKey, initialSort, footer, testId, sortedMessage } = props;
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const [announcement, setAnnouncement] = useState('');

  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    if (!sort || !column?.sortValue) {
      return rows;
    }
    return sortRows(rows, column.sortValue, sort.direction);
  }, [columns, rows, sort]);

  const activate = (column: Column<Row>) => {
    const next = nextSort(sort, column.key);
    setSort(next);
    setAnnouncement(sortedMessage(column.header, next.direction));
  };

  return (
    <div className="rt-table" data-testid={testId}>
      <ScrollRegion label={label}>
        <Table>
          <TableCaption className="rt-table__caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {columns.map((column) => {
                const direction = sort?.key === column.key ? sort.direction : undefined;
                return (
                  <TableHeaderCell
                    key={column.key}
                    scope="col"
                    numericColumn={column.numeric}
                    aria-sort={column.sortValue ? (direction ?? 'none') : undefined}
                  >
                    {column.sortValue ? (
                      <button type="button" className="rt-sort-button" onClick={() => activate(column)}>
                        {column.header}
                        <SortIcon direction={direction} />
                      </button>
                    ) : (
                      column.header
                    )}
                  </TableHeaderCell>
                );
              })}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((row) => (
              <TableRow key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <TableHeaderCell key={column.key} scope="row" numericColumn={column.numeric}>
                      {column.cell(row)}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={column.key} numericColumn={column.numeric}>
                      {column.cell(row)}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <p className="rt-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {footer}
    </div>
  );
}

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  const symbol = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '◆';
  return (
    <span className={`rt-sort-icon${direction ? ' rt-sort-icon--active' : ''}`} aria-hidden="true">
      {symbol}
    </span>
  );
}
