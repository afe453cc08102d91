// SPDX-License-Identifier: EUPL-1.2
/**
 * The ranked table of the dashboard: every municipality's balance in a period, sortable by each
 * column, lowest percentage realised first. Each row opens the computation of its numbers.
 */
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import type { BalanceRow, LadderStep, PeriodBalancesResponse } from '../api/taakstelling-api.ts';
import { formatPercentage, ladderLevel } from '../taakstelling-format.ts';
import { HowDialog } from './HowDialog.tsx';
import { Sparkline } from './Sparkline.tsx';

export type BalanceTableProps = {
  balances: PeriodBalancesResponse;
  /** The ladder step per municipality code, where the caller may see it. */
  steps: ReadonlyMap<string, LadderStep>;
};

/** Balances per municipality with task, carry-over, transfers, realised, %, on-track, forecast and ladder step. */
export function BalanceTable({ balances, steps }: BalanceTableProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const [open, setOpen] = useState<BalanceRow | null>(null);
  const number = (value: number | null) => (value === null ? t('common.noFigure') : formatNumber(value, language));
  const numeric = (key: keyof BalanceRow & string, value: (row: BalanceRow) => number | null): Column<BalanceRow> => ({
    key,
    header: t(`taakstelling.columns.${key}`),
    numeric: true,
    sortValue: value,
    cell: (row) => number(value(row)),
  });
  const columns: Column<BalanceRow>[] = [
    {
      key: 'name',
      header: t('taakstelling.columns.name'),
      rowHeader: true,
      sortValue: (row) => row.name,
      cell: (row) => <AppLink href={paths.municipalityTaakstelling(row.code)}>{row.name}</AppLink>,
    },
    {
      key: 'task',
      header: t('taakstelling.columns.task'),
      numeric: true,
      sortValue: (row) => row.task,
      cell: (row) => (
        <>
          {number(row.task)}
          {row.taskSource === 'official' ? <span className="rt-badge">{t('taakstelling.official.badge')}</span> : null}
          {row.differs && row.computedTask !== null ? (
            <span className="rt-differs">{t('taakstelling.official.computedWas', { computed: formatNumber(row.computedTask, language) })}</span>
          ) : null}
        </>
      ),
    },
    numeric('carriedIn', (row) => row.carriedIn),
    numeric('transfers', (row) => row.transfers),
    numeric('corrected', (row) => row.corrected),
    numeric('realised', (row) => row.realised),
    {
      key: 'percentage',
      header: t('taakstelling.columns.percentage'),
      numeric: true,
      sortValue: (row) => row.percentage,
      cell: (row) => (row.percentage === null ? t('common.noFigure') : formatPercentage(row.percentage, language)),
    },
    {
      key: 'onTrack',
      header: t('taakstelling.columns.onTrack'),
      numeric: true,
      sortValue: (row) => row.onTrack,
      cell: (row) =>
        row.onTrack === null ? t('common.noFigure') : (
          <>
            {formatNumber(row.onTrack, language)}
            {row.onTrackStatus ? <span className={`rt-status rt-status--${row.onTrackStatus}`}>{t(`taakstelling.onTrackStatus.${row.onTrackStatus}`)}</span> : null}
          </>
        ),
    },
    numeric('forecast', (row) => row.forecast),
    {
      key: 'step',
      header: t('taakstelling.columns.step'),
      sortValue: (row) => {
        const step = steps.get(row.code);
        return step ? ladderLevel(step) : null;
      },
      cell: (row) => {
        const step = steps.get(row.code);
        return step ? t(`taakstelling.ladder.${step}`) : t('common.noFigure');
      },
    },
    {
      key: 'trend',
      header: t('taakstelling.columns.trend'),
      cell: (row) => <Sparkline name={row.name} trend={row.trend} />,
    },
    {
      key: 'how',
      header: t('taakstelling.columns.how'),
      cell: (row) => (
        <Button appearance="subtle-button" className="rt-how-button" onClick={() => setOpen(row)}>
          {t('taakstelling.how.button')}
          <span className="rt-visually-hidden"> {row.name}</span>
        </Button>
      ),
    },
  ];
  const caption = t('taakstelling.table.caption', { province: balances.province?.name ?? '', period: balances.period });
  return (
    <>
      <SortableTable
        sortedMessage={sortedMessage}
        testId="balance-table"
        caption={caption}
        label={caption}
        columns={columns}
        rows={balances.rows}
        rowKey={(row) => row.code}
        initialSort={{ key: 'percentage', direction: 'ascending' }}
        footer={<SourceLine sources={balances.sources} />}
      />
      <HowDialog row={open} period={balances.period} sources={balances.sources} onClose={() => setOpen(null)} />
    </>
  );
}
