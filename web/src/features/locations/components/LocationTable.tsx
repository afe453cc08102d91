// SPDX-License-Identifier: EUPL-1.2
/** The locations as a sortable table with links: the list view, and the map's text alternative. */
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import type { Location } from '../api/locations-api.ts';
import { statusOrder } from '../status.ts';

/** Table of locations: name, municipality, kind, status, capacity, latest occupancy. */
export function LocationTable({ items }: { items: Location[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const caption = t('locations.table.caption', { count: items.length });
  return (
    <SortableTable
      testId="locations-table"
      caption={caption}
      label={caption}
      sortedMessage={sortedMessage}
      rows={items}
      rowKey={(location) => location.id}
      initialSort={{ key: 'name', direction: 'ascending' }}
      columns={[
        {
          key: 'name',
          header: t('locations.fields.name'),
          rowHeader: true,
          sortValue: (location) => location.name,
          cell: (location) => <AppLink href={paths.location(location.id)}>{location.name}</AppLink>,
        },
        { key: 'municipality', header: t('locations.fields.municipality'), sortValue: (l) => l.municipality.name, cell: (l) => l.municipality.name },
        { key: 'kind', header: t('locations.fields.kind'), sortValue: (l) => l.kind, cell: (l) => t(`locations.kind.${l.kind}`) },
        {
          key: 'status',
          header: t('locations.fields.status'),
          sortValue: (l) => statusOrder.indexOf(l.status),
          cell: (l) => t('locations.table.statusSince', { status: t(`locations.status.${l.status}`), date: formatDate(l.statusSince, language) }),
        },
        { key: 'capacity', header: t('locations.fields.capacity'), numeric: true, sortValue: (l) => l.capacity, cell: (l) => formatNumber(l.capacity, language) },
        {
          key: 'occupancy',
          header: t('locations.fields.occupancy'),
          numeric: true,
          sortValue: (l) => l.latestOccupancy?.persons ?? null,
          cell: (l) =>
            l.latestOccupancy
              ? t('locations.table.occupancyOn', { persons: formatNumber(l.latestOccupancy.persons, language), date: formatDate(l.latestOccupancy.countedOn, language) })
              : t('locations.table.noCount'),
        },
      ]}
    />
  );
}
