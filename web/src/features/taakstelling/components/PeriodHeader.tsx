// SPDX-License-Identifier: EUPL-1.2
/**
 * The head of a period: the national task with its source, the population reference date used
 * for the distribution, and, when there is no (complete) distribution, why not instead of numbers.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { PeriodBalancesResponse } from '../api/taakstelling-api.ts';

/** National task, reference date and status notice of a period. */
export function PeriodHeader({ balances }: { balances: PeriodBalancesResponse }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const mismatch = balances.officialSumMismatch;
  return (
    <div className="rt-intro" data-testid="period-header" data-status={balances.status}>
      {balances.nationalTask !== null ? (
        <Paragraph>
          {t('taakstelling.national', { period: balances.period, task: formatNumber(balances.nationalTask, language) })}
          {balances.nationalBacklogIn !== null
            ? ` ${t('taakstelling.nationalBacklog', { backlog: formatNumber(balances.nationalBacklogIn, language) })}`
            : ''}
        </Paragraph>
      ) : null}
      {balances.populationReferenceDate && balances.populationTotal !== null ? (
        <Paragraph>
          {t('taakstelling.population', {
            date: formatDate(balances.populationReferenceDate, language),
            total: formatNumber(balances.populationTotal, language),
          })}
        </Paragraph>
      ) : null}
      {balances.status !== 'computed' ? (
        <Paragraph className="rt-notice" data-testid="period-status">
          {t(`taakstelling.status.${balances.status}`, { period: balances.period })}
        </Paragraph>
      ) : null}
      {mismatch ? (
        <Paragraph className="rt-notice">
          {t('taakstelling.official.sumMismatch', {
            official: formatNumber(mismatch.officialSum, language),
            national: formatNumber(mismatch.nationalTask, language),
          })}
        </Paragraph>
      ) : null}
      {balances.rows.some((row) => row.differs) ? <Paragraph className="rt-notice">{t('taakstelling.official.someDiffer')}</Paragraph> : null}
      <SourceLine sources={balances.sources} />
    </div>
  );
}
