// SPDX-License-Identifier: EUPL-1.2
/**
 * A municipality's balance per period, newest first, each period with the computation of its
 * numbers; a period without a distribution says why instead of showing numbers.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { MunicipalityBalancesResponse } from '../api/taakstelling-api.ts';
import { formatPercentage } from '../taakstelling-format.ts';
import { HowList } from './HowDialog.tsx';

/** One block per period: key figures, then "how computed" as a disclosure. */
export function MunicipalityBalances({ balances }: { balances: MunicipalityBalancesResponse }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const number = (value: number | null) => (value === null ? t('common.noFigure') : formatNumber(value, language));
  const sorted = [...balances.periods].sort((a, b) => b.period.localeCompare(a.period));
  // Periods without a national task with a source have nothing to show: listed once, together.
  const periods = sorted.filter((period) => period.status !== 'no_national_task');
  const withoutTask = sorted.filter((period) => period.status === 'no_national_task').map((period) => period.period);
  return (
    <section className="rt-section" aria-labelledby="tk-balances-heading">
      <Heading level={2} id="tk-balances-heading">
        {t('taakstelling.municipality.balancesHeading')}
      </Heading>
      {periods.map((period) => {
        const row = period.row;
        return (
          <div key={period.period} className="rt-period" data-testid={`balance-${period.period}`}>
            <Heading level={3}>{period.period}</Heading>
            {!row || row.corrected === null ? (
              <Paragraph className="rt-notice">{t(`taakstelling.status.${period.status === 'computed' ? 'partial' : period.status}`, { period: period.period })}</Paragraph>
            ) : (
              <>
                <dl className="rt-figures">
                  {(['task', 'carriedIn', 'transfers', 'corrected', 'realised'] as const).map((key) => (
                    <div key={key}>
                      <dt>{t(`taakstelling.columns.${key}`)}</dt>
                      <dd>{number(row[key])}</dd>
                    </div>
                  ))}
                  <div>
                    <dt>{t('taakstelling.columns.percentage')}</dt>
                    <dd>{row.percentage === null ? t('common.noFigure') : formatPercentage(row.percentage, language)}</dd>
                  </div>
                  <div>
                    <dt>{t('taakstelling.columns.closing')}</dt>
                    <dd>{number(row.closing)}</dd>
                  </div>
                </dl>
                {row.how ? (
                  <details className="rt-method">
                    <summary>{t('taakstelling.how.summary', { period: period.period })}</summary>
                    <HowList how={row.how} />
                  </details>
                ) : null}
              </>
            )}
          </div>
        );
      })}
      {withoutTask.length > 0 ? (
        <Paragraph className="rt-notice" data-testid="periods-without-task">
          {t('taakstelling.municipality.withoutTask', { periods: [...withoutTask].reverse().join(', ') })}
        </Paragraph>
      ) : null}
      <SourceLine sources={balances.sources} />
    </section>
  );
}
