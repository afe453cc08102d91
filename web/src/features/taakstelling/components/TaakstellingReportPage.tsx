// SPDX-License-Identifier: EUPL-1.2
/**
 * The report for the State: the province's figures per municipality for one period, with the
 * national task, the formulas of every number, the rule and the sources, laid out for paper
 * (@media print in taakstelling.css: no navigation, A4 landscape).
 */
import { Button, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchPeriodBalances, fetchSupervisionOverview, type LadderStep } from '../api/taakstelling-api.ts';
import { formatPercentage } from '../taakstelling-format.ts';
import { howKeys } from './HowDialog.tsx';
import { PeriodHeader } from './PeriodHeader.tsx';
import './taakstelling.css';

const figureKeys = ['population', 'task', 'carriedIn', 'transfers', 'corrected', 'realised', 'percentage', 'closing'] as const;

/** The /provincies/PVxx/taakstelling/rapport?periode=2024-I page. */
export function TaakstellingReportPage({ provinceCode, period }: { provinceCode: string; period: string | null }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const balances = useAsync(`report:${provinceCode}:${period}`, (signal) =>
    period ? fetchPeriodBalances(period, provinceCode, signal) : Promise.reject(new Error('no period')),
  );
  const supervision = useAsync(`report-supervision:${provinceCode}`, (signal) => fetchSupervisionOverview(provinceCode, signal));
  const steps = useMemo(() => new Map<string, LadderStep>((supervision.data?.items ?? []).map((item) => [item.code, item.step])), [supervision.data]);
  const provinceName = balances.data?.province?.name ?? provinceCode;
  const title = t('taakstelling.report.title', { province: provinceName, period: period ?? '' });
  useDocumentTitle(title);
  useReadySignal(balances.status !== 'loading' && supervision.status !== 'loading');

  if (!period) {
    return <Paragraph>{t('taakstelling.report.noPeriod')}</Paragraph>;
  }
  if (balances.status === 'loading') {
    return <Loading />;
  }
  if (balances.status === 'failed') {
    return <ProblemAlert error={balances.error} />;
  }
  const data = balances.data;
  const cell = (row: (typeof data.rows)[number], key: (typeof figureKeys)[number]) => {
    const value = row[key];
    if (value === null) {
      return t('common.noFigure');
    }
    return key === 'percentage' ? formatPercentage(value, language) : formatNumber(value, language);
  };
  const caption = t('taakstelling.report.caption', { province: provinceName, period });
  const rows = [...data.rows].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <article className="rt-report" data-testid="taakstelling-report">
      <Paragraph className="rt-backlink rt-report-hide">
        <AppLink href={paths.taakstelling(provinceCode, period)}>{t('taakstelling.report.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('taakstelling.report.intro', { date: formatDate(data.asOf, language) })}</Paragraph>
      <Paragraph className="rt-report-hide">
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('taakstelling.report.print')}
        </Button>
      </Paragraph>
      <PeriodHeader balances={data} />
      <section className="rt-section" aria-labelledby="report-figures">
        <Heading level={2} id="report-figures">
          {t('taakstelling.report.figuresHeading')}
        </Heading>
        <ScrollRegion label={caption}>
          <Table>
            <TableCaption className="rt-table__caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('taakstelling.columns.name')}</TableHeaderCell>
                {figureKeys.map((key) => (
                  <TableHeaderCell key={key} scope="col" numericColumn>
                    {t(`taakstelling.columns.${key}`)}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell scope="col">{t('taakstelling.columns.step')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.code}>
                  <TableHeaderCell scope="row">
                    {row.name} ({row.code})
                  </TableHeaderCell>
                  {figureKeys.map((key) => (
                    <TableCell key={key} numericColumn>
                      {cell(row, key)}
                    </TableCell>
                  ))}
                  <TableCell>{steps.get(row.code) ? t(`taakstelling.ladder.${steps.get(row.code)}`) : t('common.noFigure')}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableHeaderCell scope="row">{t('taakstelling.report.total')}</TableHeaderCell>
                <TableCell numericColumn />
                <TableCell numericColumn>{data.totals.task === null ? t('common.noFigure') : formatNumber(data.totals.task, language)}</TableCell>
                <TableCell numericColumn />
                <TableCell numericColumn />
                <TableCell numericColumn>{data.totals.corrected === null ? t('common.noFigure') : formatNumber(data.totals.corrected, language)}</TableCell>
                <TableCell numericColumn>{formatNumber(data.totals.realised, language)}</TableCell>
                <TableCell numericColumn>{data.totals.percentage === null ? t('common.noFigure') : formatPercentage(data.totals.percentage, language)}</TableCell>
                <TableCell numericColumn>{data.totals.closing === null ? t('common.noFigure') : formatNumber(data.totals.closing, language)}</TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </ScrollRegion>
        <Paragraph small>
          <code className="rt-formula">{data.totals.how}</code>
        </Paragraph>
      </section>
      <section className="rt-section" aria-labelledby="report-how">
        <Heading level={2} id="report-how">
          {t('taakstelling.report.howHeading')}
        </Heading>
        <Paragraph>{t('taakstelling.report.method')}</Paragraph>
        <Paragraph small>
          <code className="rt-formula">{data.method}</code>
        </Paragraph>
        {rows
          .filter((row) => row.how)
          .map((row) => (
            <div key={row.code} className="rt-report__municipality">
              <Heading level={3}>{row.name}</Heading>
              <ul className="rt-report__formulas">
                {howKeys.map((key) => (
                  <li key={key}>
                    {t(`taakstelling.columns.${key}`)}: <code className="rt-formula">{row.how?.[key]}</code>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </section>
    </article>
  );
}
