// SPDX-License-Identifier: EUPL-1.2
/** Population of one municipality per reference date: a bar chart and the same figures as a table. */
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { MunicipalityDetail, Source } from '../api/regions-api.ts';

type Figure = MunicipalityDetail['population'][number];

export type PopulationHistoryProps = { name: string; figures: Figure[]; sources: Source[] };

/** Chart plus table of the population figures, with their sources. */
export function PopulationHistory({ name, figures, sources }: PopulationHistoryProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const ordered = [...figures].sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
  const usedSources = sources.filter((source) => ordered.some((figure) => figure.sourceId === source.id));
  const description = ordered
    .map((figure) => `${formatDate(figure.referenceDate, language)}: ${formatNumber(figure.population, language)}`)
    .join('; ');
  return (
    <div className="rt-history">
      <figure className="rt-figure">
        <BarChart
          title={t('municipality.chart.title', { name })}
          description={description}
          points={ordered.map((figure) => ({
            label: formatDate(figure.referenceDate, language),
            value: figure.population,
            valueText: formatNumber(figure.population, language),
          }))}
          formatTick={(value) => formatNumber(value, language)}
        />
        <figcaption className="rt-figure__caption">{t('municipality.chart.caption')}</figcaption>
      </figure>
      <SortableTable
        sortedMessage={sortedMessage}
        testId="population-table"
        caption={t('municipality.chart.tableCaption', { name })}
        label={t('municipality.chart.tableCaption', { name })}
        rows={ordered}
        rowKey={(figure) => figure.referenceDate}
        initialSort={{ key: 'date', direction: 'ascending' }}
        columns={[
          {
            key: 'date',
            header: t('municipality.chart.date'),
            rowHeader: true,
            sortValue: (figure) => figure.referenceDate,
            cell: (figure) => formatDate(figure.referenceDate, language),
          },
          {
            key: 'population',
            header: t('municipality.chart.population'),
            numeric: true,
            sortValue: (figure) => figure.population,
            cell: (figure) => formatNumber(figure.population, language),
          },
        ]}
        footer={<SourceLine sources={usedSources} />}
      />
    </div>
  );
}
