// SPDX-License-Identifier: EUPL-1.2
/**
 * A small table of counts (label → number) whose caption says what is counted, with the line
 * "Telt: … Bron: …" below it, so no figure stands without what it counts and where it comes from.
 */
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';

export type CountTableProps = {
  caption: string;
  keyHeader: string;
  rows: { key: string; label: string; count: number }[];
  /** "Telt: … Bron: …", shown under the table. */
  counted: string;
  empty: string;
  testId?: string;
};

export function CountTable({ caption, keyHeader, rows, counted, empty, testId }: CountTableProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return (
    <div className="rt-table" data-testid={testId}>
      {rows.length === 0 ? (
        <p>
          <strong>{caption}</strong>: {empty}
        </p>
      ) : (
        <ScrollRegion label={caption}>
          <Table>
            <TableCaption className="rt-table__caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{keyHeader}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>
                  {t('participation.overview.count')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key}>
                  <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
                  <TableCell numericColumn>{formatNumber(row.count, language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <p className="rt-source__line rt-muted">{counted}</p>
    </div>
  );
}
