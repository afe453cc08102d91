// SPDX-License-Identifier: EUPL-1.2
/** Homes per half year by target group and by rent band: two stacked charts, and the same figures as a table. */
import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { Project } from '../api/housing-api.ts';
import { bands, groups, homesPerPeriod, type HomesRow } from './homes-per-period.ts';
import { StackedBarChart } from './StackedBarChart.tsx';

export function HomesSection({ projects }: { projects: Project[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const rows = homesPerPeriod(projects);
  const figure = (key: keyof Omit<HomesRow, 'period'>): Column<HomesRow> => ({
    key,
    header: t(`housing.homes.${key === 'total' ? 'chartTitle' : key}`),
    cell: (r) => formatNumber(r[key], language),
    sortValue: (r) => r[key],
    numeric: true,
  });
  const columns: Column<HomesRow>[] = [
    { key: 'period', header: t('housing.homes.period'), cell: (r) => r.period, sortValue: (r) => r.period, rowHeader: true },
    ...groups.map(figure),
    ...bands.map(figure),
  ];
  const chart = (kind: 'groups' | 'bands', keys: readonly (keyof Omit<HomesRow, 'period' | 'total'>)[]) => {
    const series = keys.map((key) => ({ key, label: t(`housing.homes.${key}`) }));
    const values = rows.map((r) => `${r.period}: ${keys.map((key) => `${t(`housing.homes.${key}`)} ${formatNumber(r[key], language)}`).join(', ')}`).join('; ');
    return (
      <StackedBarChart
        title={t(`housing.homes.${kind}ChartTitle`)}
        description={t('housing.homes.stackDescription', { values })}
        series={series}
        bars={rows.map((r) => ({ label: r.period, values: Object.fromEntries(keys.map((key) => [key, r[key]])) }))}
        formatTick={(value) => formatNumber(value, language)}
      />
    );
  };
  const caption = t('housing.homes.caption');
  return (
    <section className="rt-section" aria-labelledby="homes-heading">
      <Heading level={2} id="homes-heading">
        {t('housing.homes.heading')}
      </Heading>
      {rows.length > 0 ? (
        <>
          {chart('groups', groups)}
          {chart('bands', bands)}
        </>
      ) : null}
      <SortableTable
        caption={caption}
        label={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.period}
        sortedMessage={sortedMessage}
        footer={
          <div className="rt-source">
            <p className="rt-source__line">{t('housing.homes.how')}</p>
          </div>
        }
      />
    </section>
  );
}
