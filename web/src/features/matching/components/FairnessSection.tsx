// SPDX-License-Identifier: EUPL-1.2
/**
 * Fairness: each municipality's share of the placed persons against its share of the period's
 * task, as a sortable table and a chart of the same figures (the table is the text alternative).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import { formatPoints, formatShare } from '../matching-format.ts';
import { fairnessRows, type FairnessRow } from '../placement-figures.ts';
import { FairnessChart } from './FairnessChart.tsx';
import { RunSource, type SectionProps } from './QualitySection.tsx';

export function FairnessSection({ proposal, result }: SectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const rows = useMemo(() => fairnessRows(result), [result]);
  const none = t('common.noFigure');
  const share = (value: number | null) => (value === null ? none : formatShare(value, language));
  const columns: Column<FairnessRow>[] = [
    { key: 'name', header: t('matching.fairness.name'), rowHeader: true, sortValue: (row) => row.name, cell: (row) => row.name },
    { key: 'placed', header: t('matching.fairness.placed'), numeric: true, sortValue: (row) => row.placedPersons, cell: (row) => formatNumber(row.placedPersons, language) },
    { key: 'task', header: t('matching.fairness.task'), numeric: true, sortValue: (row) => row.task, cell: (row) => (row.task === null ? none : formatNumber(row.task, language)) },
    { key: 'placedShare', header: t('matching.fairness.placedShare'), numeric: true, sortValue: (row) => row.placedShare, cell: (row) => share(row.placedShare) },
    { key: 'taskShare', header: t('matching.fairness.taskShare'), numeric: true, sortValue: (row) => row.taskShare, cell: (row) => share(row.taskShare) },
    {
      key: 'difference',
      header: t('matching.fairness.difference'),
      numeric: true,
      sortValue: (row) => row.difference,
      cell: (row) => (row.difference === null ? none : formatPoints(row.difference, language)),
    },
  ];
  const caption = t('matching.fairness.caption', { period: proposal.period });
  return (
    <section className="rt-section" aria-labelledby="pl-fairness-heading" data-testid="fairness">
      <Heading level={3} id="pl-fairness-heading">
        {t('matching.fairness.heading')}
      </Heading>
      <Paragraph>{t('matching.fairness.intro')}</Paragraph>
      <ul className="rt-formulas">
        <li>
          <code>{t('matching.fairness.placedShareHow')}</code>
        </li>
        <li>
          <code>{t('matching.fairness.taskShareHow')}</code>
        </li>
        <li>
          <code>{t('matching.fairness.differenceHow')}</code>
        </li>
      </ul>
      <FairnessChart rows={rows} title={caption} />
      <SortableTable
        testId="fairness-table"
        caption={caption}
        label={caption}
        sortedMessage={sortedMessage}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
        initialSort={{ key: 'difference', direction: 'ascending' }}
      />
      <Paragraph small>{t('matching.source.task', { period: proposal.period })}</Paragraph>
      <RunSource proposal={proposal} />
    </section>
  );
}
