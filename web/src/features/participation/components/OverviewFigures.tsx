// SPDX-License-Identifier: EUPL-1.2
/**
 * The figures of the reactions overview: counts by kind, theme, status and month, response times
 * ("Hoe berekend?"), what is open past its target, and the recurring themes. Every table says
 * what it counts and its source through `counted`.
 */
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { Overview } from '../api/participation-api.ts';
import { CountTable } from './CountTable.tsx';
import { PinsSection } from './PinsSection.tsx';

export type OverviewFiguresProps = {
  overview: Overview;
  /** "Telt: <what> … Bron: …" for a table. */
  counted: (what: string) => string;
  onMapReady: () => void;
};

export function OverviewFigures({ overview, counted, onMapReady }: OverviewFiguresProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const number = (value: number) => formatNumber(value, language);
  const notHidden = t('participation.overview.whatNotHidden');
  const rt = overview.responseTimes;
  return (
    <>
      <section className="rt-section" aria-labelledby="overview-counts">
        <Heading level={2} id="overview-counts">
          {t('participation.overview.countsTitle')}
        </Heading>
        <Paragraph data-testid="overview-total">{t('participation.overview.total', { count: overview.total, formatted: number(overview.total) })}</Paragraph>
        <div className="rt-columns">
          <CountTable
            testId="overview-by-kind"
            caption={t('participation.overview.byKind')}
            keyHeader={t('participation.overview.kind')}
            rows={overview.byKind.map((row) => ({ ...row, label: t(`participation.kinds.${row.key}`) }))}
            counted={counted(notHidden)}
            empty={t('participation.overview.none')}
          />
          <CountTable
            testId="overview-by-theme"
            caption={t('participation.overview.byTheme')}
            keyHeader={t('participation.overview.theme')}
            rows={overview.byTheme.map((row) => ({ ...row, label: row.key === '(geen thema)' ? t('participation.overview.noTheme') : row.key }))}
            counted={counted(t('participation.overview.whatTheme'))}
            empty={t('participation.overview.none')}
          />
          <CountTable
            testId="overview-by-status"
            caption={t('participation.overview.byStatus')}
            keyHeader={t('participation.overview.status')}
            rows={overview.byStatus.map((row) => ({ ...row, label: t(`participation.status.${row.key}`) }))}
            counted={counted(notHidden)}
            empty={t('participation.overview.none')}
          />
          <CountTable
            testId="overview-by-month"
            caption={t('participation.overview.byMonth')}
            keyHeader={t('participation.overview.monthAndKind')}
            rows={overview.byMonth.map((row) => ({
              key: `${row.month}:${row.kind}`,
              label: `${formatDate(`${row.month}-01`, language).replace(/^1 /, '')} · ${t(`participation.kinds.${row.kind}`)}`,
              count: row.count,
            }))}
            counted={counted(t('participation.overview.whatMonth'))}
            empty={t('participation.overview.none')}
          />
        </div>
      </section>

      <section className="rt-section" aria-labelledby="overview-response">
        <Heading level={2} id="overview-response">
          {t('participation.overview.responseTitle')}
        </Heading>
        <Paragraph data-testid="overview-response">
          {t('participation.overview.response', {
            within: number(rt.answeredWithinTarget),
            answered: number(rt.answered),
            target: rt.targetWorkingDays,
            median: rt.medianWorkingDays === null ? t('participation.overview.noMedian') : number(rt.medianWorkingDays),
          })}
        </Paragraph>
        <details className="rt-how">
          <summary>{t('participation.overview.how')}</summary>
          <Paragraph>{t('participation.overview.responseFormula', { target: rt.targetWorkingDays })}</Paragraph>
        </details>
        <PastTargetTable items={overview.openPastTarget} caption={t('participation.overview.pastTarget', { count: overview.openPastTarget.length })} />
        <p className="rt-source__line rt-muted">{counted(t('participation.overview.whatPastTarget'))}</p>
      </section>

      <section className="rt-section" aria-labelledby="overview-themes">
        <Heading level={2} id="overview-themes">
          {t('participation.overview.themesTitle')}
        </Heading>
        <Paragraph>{t('participation.overview.themesIntro')}</Paragraph>
        <CountTable
          testId="overview-recurring"
          caption={t('participation.overview.recurring')}
          keyHeader={t('participation.overview.word')}
          rows={overview.recurringThemes.map((row) => ({ key: row.term, label: row.term, count: row.count }))}
          counted={counted(t('participation.overview.whatWords'))}
          empty={t('participation.overview.noWords')}
        />
      </section>

      <PinsSection pins={overview.pins} counted={counted(t('participation.overview.whatPins'))} onMapReady={onMapReady} />
    </>
  );
}

function PastTargetTable({ items, caption }: { items: Overview['openPastTarget']; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  if (items.length === 0) {
    return <Paragraph data-testid="overview-past-target">{t('participation.overview.nonePastTarget')}</Paragraph>;
  }
  return (
    <ScrollRegion label={caption}>
      <Table data-testid="overview-past-target">
        <TableCaption className="rt-table__caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('participation.overview.location')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('participation.overview.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('participation.overview.dueOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row">{item.locationName}</TableHeaderCell>
              <TableCell>{t(`participation.kinds.${item.kind}`)}</TableCell>
              <TableCell>{formatDate(item.dueOn, language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
