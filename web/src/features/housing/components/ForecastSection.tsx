// SPDX-License-Identifier: EUPL-1.2
/**
 * The forecast of the taakstelling per municipality for the first period shown (a table, with the
 * province total), and the expected persons per half year as a chart with its text equivalent.
 * Every figure carries its source and formula below the table.
 */
import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { Forecast } from '../api/housing-api.ts';

type Row = { code: string; name: string; corrected: number | null; realised: number; expected: number; projected: number; gap: number | null };

export function ForecastSection({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const period = forecast.periods[0] ?? '';
  const number = (value: number | null) => (value === null ? t('housing.forecast.none') : formatNumber(value, language));
  const rows: Row[] = forecast.rows.map((row) => ({ code: row.code, name: row.name, ...(row.cells[0] ?? { corrected: null, realised: 0, expected: 0, projected: 0, gap: null }) }));
  const total = forecast.totals[0];
  const columns: Column<Row>[] = [
    { key: 'name', header: t('housing.forecast.municipality'), cell: (r) => r.name, sortValue: (r) => r.name, rowHeader: true },
    { key: 'corrected', header: t('housing.forecast.corrected'), cell: (r) => number(r.corrected), sortValue: (r) => r.corrected ?? -1, numeric: true },
    { key: 'realised', header: t('housing.forecast.realised'), cell: (r) => number(r.realised), sortValue: (r) => r.realised, numeric: true },
    {
      key: 'expected',
      header: t('housing.forecast.expected'),
      cell: (r) => <span data-testid={`forecast-expected-${r.code}`}>{number(r.expected)}</span>,
      sortValue: (r) => r.expected,
      numeric: true,
    },
    { key: 'projected', header: t('housing.forecast.projected'), cell: (r) => number(r.projected), sortValue: (r) => r.projected, numeric: true },
    { key: 'gap', header: t('housing.forecast.gap'), cell: (r) => number(r.gap), sortValue: (r) => r.gap ?? -1e9, numeric: true },
  ];
  const points = forecast.totals.map((cell) => ({ label: cell.period, value: cell.expected, valueText: formatNumber(cell.expected, language) }));
  const caption = t('housing.forecast.caption', { period });
  return (
    <section className="rt-section" aria-labelledby="forecast-heading">
      <Heading level={2} id="forecast-heading">
        {t('housing.forecast.heading')}
      </Heading>
      <SortableTable
        caption={caption}
        label={caption}
        columns={columns}
        rows={total ? [...rows, { code: 'total', name: t('housing.forecast.total'), ...total }] : rows}
        rowKey={(r) => r.code}
        sortedMessage={sortedMessage}
        testId="forecast-table"
        footer={
          <div className="rt-source">
            <p className="rt-source__line">{t('housing.forecast.method')}</p>
            <p className="rt-source__line">{t('housing.forecast.source', { date: formatDate(forecast.asOf, language) })}</p>
            {forecast.notes.map((note) => (
              <p className="rt-source__line" key={note}>
                {note}
              </p>
            ))}
          </div>
        }
      />
      <BarChart
        title={t('housing.forecast.chartTitle')}
        description={t('housing.forecast.chartDescription', { values: points.map((p) => `${p.label}: ${p.valueText}`).join('; ') })}
        points={points}
        formatTick={(value) => formatNumber(value, language)}
      />
    </section>
  );
}
