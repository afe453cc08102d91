// SPDX-License-Identifier: EUPL-1.2
/** Occupancy over time: a bar chart of the counts and the same counts as a table, above capacity flagged. */
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { LocationDetail } from '../api/locations-api.ts';

type Count = LocationDetail['occupancy'][number];

/** Chart plus table of the counts of one location. */
export function OccupancyHistory({ name, counts }: { name: string; counts: Count[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const describe = (count: Count) =>
    `${formatDate(count.countedOn, language)}: ${formatNumber(count.persons, language)}${count.aboveCapacity ? ` (${t('locations.occupancy.flag')})` : ''}`;
  return (
    <div className="rt-history">
      <figure className="rt-figure">
        <BarChart
          title={t('locations.occupancy.chartTitle', { name })}
          description={counts.map(describe).join('; ')}
          points={counts.map((count) => ({
            label: formatDate(count.countedOn, language),
            value: count.persons,
            valueText: formatNumber(count.persons, language),
          }))}
          formatTick={(value) => formatNumber(value, language)}
        />
        <figcaption className="rt-figure__caption">{t('locations.occupancy.caption')}</figcaption>
      </figure>
      <SortableTable
        testId="occupancy-table"
        caption={t('locations.occupancy.tableCaption', { name })}
        label={t('locations.occupancy.tableCaption', { name })}
        sortedMessage={sortedMessage}
        rows={counts}
        rowKey={(count) => count.countedOn}
        initialSort={{ key: 'date', direction: 'ascending' }}
        columns={[
          { key: 'date', header: t('locations.occupancy.countedOn'), rowHeader: true, sortValue: (c) => c.countedOn, cell: (c) => formatDate(c.countedOn, language) },
          { key: 'persons', header: t('locations.occupancy.persons'), numeric: true, sortValue: (c) => c.persons, cell: (c) => formatNumber(c.persons, language) },
          { key: 'capacity', header: t('locations.fields.capacity'), numeric: true, sortValue: (c) => c.capacityAtCount, cell: (c) => formatNumber(c.capacityAtCount, language) },
          { key: 'flag', header: t('locations.occupancy.flagHeader'), cell: (c) => (c.aboveCapacity ? t('locations.occupancy.flag') : '') },
          { key: 'source', header: t('locations.occupancy.source'), cell: (c) => c.sourceReference ?? '' },
        ]}
      />
    </div>
  );
}
