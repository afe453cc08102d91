// SPDX-License-Identifier: EUPL-1.2
/**
 * Medians and distributions of one waiting-time indicator per half year: a chart of the medians
 * and the same figures (with the distribution) as a table. A suppressed group (fewer than 10
 * households) shows no figures, only why.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { BucketLabel, WaitingIndicator, WaitingSummary } from '../api/integration-api.ts';
import { bucketLabel } from '../indicators.ts';

export type WaitingSummariesProps = {
  indicator: WaitingIndicator;
  summaries: WaitingSummary[];
  buckets: BucketLabel[];
  formula: string;
  thresholdDays: number | null;
  /** Where the figures come from, e.g. "households registered by the municipality in Regietafel". */
  source: string;
};

export function WaitingSummaries({ indicator, summaries, buckets, formula, thresholdDays, source }: WaitingSummariesProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const rows = summaries.filter((summary) => summary.indicator === indicator).sort((a, b) => a.period.localeCompare(b.period));
  const name = t(`integration.indicators.${indicator}`);
  const headingId = `summaries-${indicator}`;
  const days = (value: number | null) => (value === null ? t('integration.summaries.hidden') : formatNumber(value, language));
  const columns: Column<WaitingSummary>[] = [
    { key: 'period', header: t('integration.summaries.period'), cell: (r) => r.period, sortValue: (r) => r.period, rowHeader: true },
    {
      key: 'households',
      header: t('integration.summaries.households'),
      cell: (r) => (r.suppressed || r.households === null ? t('integration.summaries.hidden') : formatNumber(r.households, language)),
      sortValue: (r) => r.households ?? -1,
      numeric: true,
    },
    { key: 'median', header: t('integration.summaries.median'), cell: (r) => days(r.medianDays), sortValue: (r) => r.medianDays ?? -1, numeric: true },
    ...buckets.map((bucket, index) => ({
      key: `bucket-${index}`,
      header: bucketLabel(bucket, { range: (from, to) => t('integration.buckets.range', { from, to }), open: (from) => t('integration.buckets.open', { from }) }),
      cell: (r: WaitingSummary) => (r.buckets ? formatNumber(r.buckets[index] ?? 0, language) : t('integration.summaries.hidden')),
      numeric: true,
    })),
  ];
  const points = rows
    .filter((r) => r.medianDays !== null)
    .map((r) => ({ label: r.period, value: r.medianDays ?? 0, valueText: formatNumber(r.medianDays ?? 0, language) }));
  const caption = t('integration.summaries.caption', { indicator: name });
  return (
    <section className="rt-section" aria-labelledby={headingId} data-testid={`summaries-${indicator}`}>
      <Heading level={3} id={headingId}>
        {name}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('integration.summaries.none')}</Paragraph>
      ) : (
        <>
          {points.length > 0 ? (
            <BarChart
              title={t('integration.summaries.chartTitle', { indicator: name })}
              description={points.map((p) => `${p.label}: ${p.valueText}`).join('; ')}
              points={points}
              formatTick={(value) => formatNumber(value, language)}
            />
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
                <p className="rt-source__line">{t('integration.formula', { formula })}</p>
                {thresholdDays !== null ? <p className="rt-source__line">{t('integration.thresholdLine', { days: thresholdDays })}</p> : null}
                <p className="rt-source__line">{t('source.line', { text: source })}</p>
              </div>
            }
          />
        </>
      )}
    </section>
  );
}
