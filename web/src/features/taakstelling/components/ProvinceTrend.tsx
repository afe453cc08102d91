// SPDX-License-Identifier: EUPL-1.2
/** Loads the province's totals of every period and shows them as a chart with a table. */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSettled } from '../use-settled.ts';
import { fetchPeriodBalances } from '../api/taakstelling-api.ts';
import { PeriodChart, type PeriodFigures } from './PeriodChart.tsx';

export type ProvinceTrendProps = { provinceCode: string; provinceName: string; periods: string[]; onSettled: () => void };

/** Task and realised of the province per period (periods without a distribution show no figures). */
export function ProvinceTrend({ provinceCode, provinceName, periods, onSettled }: ProvinceTrendProps) {
  const { t } = useTranslation();
  const sorted = [...periods].sort();
  const figures = useAsync(`trend:${provinceCode}:${sorted.join(',')}`, async (signal): Promise<PeriodFigures[]> => {
    const all = await Promise.all(sorted.map((period) => fetchPeriodBalances(period, provinceCode, signal)));
    return all.map((balances) => ({
      period: balances.period,
      task: balances.totals.task,
      corrected: balances.totals.corrected,
      realised: balances.totals.realised,
      percentage: balances.totals.percentage,
    }));
  });
  useSettled(figures.status, onSettled);

  if (figures.status === 'loading') {
    return <Loading />;
  }
  if (figures.status === 'failed') {
    return <ProblemAlert error={figures.error} />;
  }
  return (
    <>
      <Paragraph>{t('taakstelling.chart.intro')}</Paragraph>
      <PeriodChart provinceName={provinceName} periods={figures.data} />
    </>
  );
}
