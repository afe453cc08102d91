// SPDX-License-Identifier: EUPL-1.2
/**
 * /gemeenten/GMxxxx/integratie: a municipality's waiting times for its own officers. The households
 * waiting past a threshold (pseudonyms only, longest first, filtered by indicator), and the medians
 * and distributions per half year, each figure with its formula, source and threshold.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { WaitingSlug } from '../../../app/routes.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchMunicipality } from '../../regions/api/regions-api.ts';
import { fetchMunicipalityWaitingTimes, fetchThresholds, fetchWaitingList } from '../api/integration-api.ts';
import { indicatorOf, indicators } from '../indicators.ts';
import { NotReady } from './NotReady.tsx';
import { WaitingListSection } from './WaitingListSection.tsx';
import { WaitingSummaries } from './WaitingSummaries.tsx';
import './integration.css';

export function WaitingTimesPage({ code, indicator: slug }: { code: string; indicator: WaitingSlug | null }) {
  const { t } = useTranslation();
  const indicator = indicatorOf(slug);
  const state = useAsync(`integration:${code}:${indicator}`, async (signal) => {
    const [municipality, list, times, thresholds] = await Promise.all([
      fetchMunicipality(code, signal).catch(() => null),
      fetchWaitingList(code, indicator, signal),
      fetchMunicipalityWaitingTimes(code, signal),
      fetchThresholds(signal),
    ]);
    return { name: municipality?.name ?? code, list, times, thresholds };
  });
  const title = state.data ? t('integration.municipality.title', { name: state.data.name }) : t('integration.municipality.titleUnknown');
  useDocumentTitle(title);
  useReadySignal(state.status !== 'loading');

  if (state.status !== 'done') {
    return <NotReady title={title} error={state.error} />;
  }
  const { list, times, thresholds } = state.data;
  const thresholdOf = (which: string) => thresholds.items.find((item) => item.indicator === which);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('integration.municipality.intro')}</Paragraph>
      <WaitingListSection code={code} list={list} threshold={thresholdOf(indicator)} />
      <section className="rt-section" aria-labelledby="summaries-heading">
        <Heading level={2} id="summaries-heading">
          {t('integration.summaries.heading')}
        </Heading>
        <Paragraph>{t('integration.summaries.intro')}</Paragraph>
        {indicators.map((which) => (
          <WaitingSummaries
            key={which}
            indicator={which}
            summaries={times.summaries}
            buckets={times.buckets}
            formula={times.formula}
            thresholdDays={thresholdOf(which)?.days ?? null}
            source={t('integration.source.municipality')}
          />
        ))}
      </section>
    </>
  );
}
