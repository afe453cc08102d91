// SPDX-License-Identifier: EUPL-1.2
/** The municipalities of a province with their population, sortable by every column. */
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import type { MunicipalityListItem, Source } from '../api/regions-api.ts';

export type MunicipalityTableProps = {
  provinceName: string;
  items: MunicipalityListItem[];
  sources: Source[];
};

/** Municipalities with population and reference date; starts sorted by name. */
export function MunicipalityTable({ provinceName, items, sources }: MunicipalityTableProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const columns: Column<MunicipalityListItem>[] = [
    {
      key: 'name',
      header: t('province.table.name'),
      rowHeader: true,
      sortValue: (row) => row.name,
      cell: (row) => <AppLink href={paths.municipality(row.code)}>{row.name}</AppLink>,
    },
    {
      key: 'population',
      header: t('province.table.population'),
      numeric: true,
      sortValue: (row) => row.population,
      cell: (row) => (row.population === null ? t('common.noFigure') : formatNumber(row.population, language)),
    },
    {
      key: 'referenceDate',
      header: t('province.table.referenceDate'),
      sortValue: (row) => row.populationReferenceDate,
      cell: (row) => (row.populationReferenceDate ? formatDate(row.populationReferenceDate, language) : t('common.noFigure')),
    },
  ];
  const caption = t('province.table.caption', { province: provinceName, count: items.length });
  const usedSources = sources.filter((source) => items.some((item) => item.populationSourceId === source.id));
  return (
    <SortableTable
        sortedMessage={sortedMessage}
      testId="municipality-table"
      caption={caption}
      label={caption}
      columns={columns}
      rows={items}
      rowKey={(row) => row.code}
      initialSort={{ key: 'name', direction: 'ascending' }}
      footer={<SourceLine sources={usedSources} />}
    />
  );
}
