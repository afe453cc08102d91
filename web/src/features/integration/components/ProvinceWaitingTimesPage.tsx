// SPDX-License-Identifier: EUPL-1.2
/**
 * /provincies/PVxx/integratie: waiting times of a province for its coordinators, as aggregates
 * only. No figure is shown for a group of fewer than 10 households (people could be recognised);
 * the page says so where a figure is missing.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchProvinces } from '../../regions/api/regions-api.ts';
import { fetchProvinceWaitingTimes, fetchThresholds, type ProvinceWaitingTimes, type WaitingIndicator } from '../api/integration-api.ts';
import { indicators } from '../indicators.ts';
import { NotReady } from './NotReady.tsx';
import { WaitingSummaries } from './WaitingSummaries.tsx';
import './integration.css';

type MunicipalityRow = ProvinceWaitingTimes['municipalities'][number];

export function ProvinceWaitingTimesPage({ provinceCode }: { provinceCode: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const [indicator, setIndicator] = useState<WaitingIndicator>('housing_to_language');
  const state = useAsync(`integration-province:${provinceCode}`, async (signal) => {
    const [provinces, times, thresholds] = await Promise.all([
      fetchProvinces(signal).catch(() => null),
      fetchProvinceWaitingTimes(provinceCode, signal),
      fetchThresholds(signal),
    ]);
    return { name: provinces?.items.find((p) => p.code === provinceCode)?.name ?? provinceCode, times, thresholds };
  });
  const title = state.data ? t('integration.province.title', { name: state.data.name }) : t('integration.province.titleUnknown');
  useDocumentTitle(title);
  useReadySignal(state.status !== 'loading');

  if (state.status !== 'done') {
    return <NotReady title={title} error={state.error} />;
  }
  const { times, thresholds } = state.data;
  const hidden = (row: MunicipalityRow) => row.suppressed || row.households === null;
  const rows = times.municipalities.filter((row) => row.indicator === indicator);
  const hiddenCount = rows.filter(hidden).length;
  const columns: Column<MunicipalityRow>[] = [
    { key: 'name', header: t('integration.province.municipality'), cell: (r) => r.municipalityName, sortValue: (r) => r.municipalityName, rowHeader: true },
    { key: 'period', header: t('integration.summaries.period'), cell: (r) => r.period, sortValue: (r) => r.period },
    {
      key: 'households',
      header: t('integration.summaries.households'),
      cell: (r) => (hidden(r) ? t('integration.province.suppressedCell', { minimum: times.minimumGroupSize }) : formatNumber(r.households ?? 0, language)),
      sortValue: (r) => r.households ?? -1,
      numeric: true,
    },
    {
      key: 'median',
      header: t('integration.summaries.median'),
      cell: (r) => (r.medianDays === null ? t('integration.summaries.hidden') : formatNumber(r.medianDays, language)),
      sortValue: (r) => r.medianDays ?? -1,
      numeric: true,
    },
  ];
  const name = t(`integration.indicators.${indicator}`);
  const caption = t('integration.province.caption', { indicator: name });
  const source = t('integration.source.province', { date: times.refreshedAt ? formatDateTime(times.refreshedAt, language) : '—' });
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('integration.province.intro')}</Paragraph>
      <Paragraph className="rt-notice" data-testid="suppression-note">
        {t('integration.province.suppression', { minimum: times.minimumGroupSize })}
      </Paragraph>
      <section className="rt-section" aria-labelledby="province-summaries-heading">
        <Heading level={2} id="province-summaries-heading">
          {t('integration.province.whole')}
        </Heading>
        {indicators.map((which) => (
          <WaitingSummaries
            key={which}
            indicator={which}
            summaries={times.province}
            buckets={times.buckets}
            formula={times.formula}
            thresholdDays={thresholds.items.find((item) => item.indicator === which)?.days ?? null}
            source={source}
          />
        ))}
      </section>
      <section className="rt-section" aria-labelledby="province-municipalities-heading">
        <Heading level={2} id="province-municipalities-heading">
          {t('integration.province.perMunicipality')}
        </Heading>
        <SelectField
          id="province-indicator"
          name="indicator"
          label={t('integration.list.indicator')}
          value={indicator}
          options={indicators.map((which) => ({ value: which, label: t(`integration.indicators.${which}`) }))}
          onChange={(value) => setIndicator(value as WaitingIndicator)}
        />
        {hiddenCount > 0 ? <Paragraph>{t('integration.province.hiddenCount', { count: hiddenCount, minimum: times.minimumGroupSize })}</Paragraph> : null}
        {rows.length === 0 ? (
          <Paragraph>{t('integration.summaries.none')}</Paragraph>
        ) : (
          <SortableTable
            caption={caption}
            label={caption}
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.municipalityCode}:${r.period}`}
            sortedMessage={sortedMessage}
            testId="province-municipalities"
            footer={
              <div className="rt-source">
                <p className="rt-source__line">{t('integration.formula', { formula: times.formula })}</p>
                <p className="rt-source__line">{t('source.line', { text: source })}</p>
              </div>
            }
          />
        )}
      </section>
    </>
  );
}
