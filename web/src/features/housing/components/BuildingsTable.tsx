// SPDX-License-Identifier: EUPL-1.2
/** The vacant buildings as a sortable table. */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { Building } from '../api/housing-api.ts';

export function BuildingsTable({ buildings }: { buildings: Building[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  if (buildings.length === 0) {
    return <Paragraph>{t('housing.buildings.empty')}</Paragraph>;
  }
  const columns: Column<Building>[] = [
    { key: 'address', header: t('housing.buildings.address'), cell: (b) => b.address, sortValue: (b) => b.address, rowHeader: true },
    { key: 'municipality', header: t('housing.buildings.municipality'), cell: (b) => b.municipalityName, sortValue: (b) => b.municipalityName },
    { key: 'use', header: t('housing.buildings.formerUse'), cell: (b) => t(`housing.buildings.use.${b.formerUse}`), sortValue: (b) => b.formerUse },
    { key: 'area', header: t('housing.buildings.floorArea'), cell: (b) => formatNumber(b.floorAreaM2, language), sortValue: (b) => b.floorAreaM2, numeric: true },
    { key: 'since', header: t('housing.buildings.vacantSince'), cell: (b) => (b.vacantSince ? formatDate(b.vacantSince, language) : ''), sortValue: (b) => b.vacantSince ?? '' },
    { key: 'projects', header: t('housing.buildings.projects'), cell: (b) => formatNumber(b.projectIds.length, language), sortValue: (b) => b.projectIds.length, numeric: true },
  ];
  const caption = t('housing.buildings.caption');
  return <SortableTable caption={caption} label={caption} columns={columns} rows={buildings} rowKey={(b) => b.id} sortedMessage={sortedMessage} testId="buildings-table" />;
}
