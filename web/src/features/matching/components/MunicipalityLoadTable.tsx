// SPDX-License-Identifier: EUPL-1.2
/**
 * The proposal per municipality: task, remaining task, available homes in persons, the capacity
 * with the limit that binds it, the persons and households placed, the task left, the summed
 * score, and any shortfall; sortable, with the computation of every column underneath.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { ProposalMunicipality } from '../api/matching-api.ts';
import { formatScore } from '../matching-format.ts';
import { municipalityFigures } from '../placement-figures.ts';
import { RunSource, type SectionProps } from './QualitySection.tsx';

type Row = ProposalMunicipality & { summedScore: number; taskLeft: number };

export function MunicipalityLoadTable({ proposal, result }: SectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const rows = useMemo<Row[]>(() => {
    const figures = municipalityFigures(result);
    return result.municipalities.map((m, i) => ({ ...m, summedScore: figures[i]?.summedScore ?? 0, taskLeft: figures[i]?.taskLeft ?? 0 }));
  }, [result]);
  const number = (value: number | null) => (value === null ? t('common.noFigure') : formatNumber(value, language));
  const numeric = (key: string, value: (row: Row) => number | null, text: (v: number) => string = number): Column<Row> => ({
    key,
    header: t(`matching.municipalities.${key}`),
    numeric: true,
    sortValue: value,
    cell: (row) => {
      const v = value(row);
      return v === null ? t('common.noFigure') : text(v);
    },
  });
  const columns: Column<Row>[] = [
    { key: 'name', header: t('matching.municipalities.name'), rowHeader: true, sortValue: (row) => row.name, cell: (row) => row.name },
    numeric('task', (row) => row.task),
    numeric('remainingTask', (row) => row.capacityBasis.remainingTask),
    numeric('homesPersons', (row) => row.capacityBasis.homesPersons),
    {
      key: 'capacity',
      header: t('matching.municipalities.capacity'),
      numeric: true,
      sortValue: (row) => row.capacity,
      cell: (row) => (
        <>
          {number(row.capacity)}
          <span className={`rt-badge rt-limit--${row.capacityBasis.limit}`} data-testid="capacity-limit">
            {t(`matching.municipalities.limit.${row.capacityBasis.limit}`)}
          </span>
        </>
      ),
    },
    numeric('placedPersons', (row) => row.placedPersons),
    numeric('placedHouseholds', (row) => row.placedHouseholds),
    numeric('taskLeft', (row) => row.taskLeft),
    numeric('summedScore', (row) => row.summedScore, (v) => formatScore(v, language)),
    numeric('shortfall', (row) => row.shortfall),
  ];
  const caption = t('matching.municipalities.caption', { period: proposal.period });
  return (
    <section className="rt-section" aria-labelledby="pl-municipalities-heading">
      <Heading level={3} id="pl-municipalities-heading">
        {t('matching.municipalities.heading')}
      </Heading>
      <SortableTable
        testId="municipality-table"
        caption={caption}
        label={caption}
        sortedMessage={sortedMessage}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
        initialSort={{ key: 'name', direction: 'ascending' }}
      />
      <details className="rt-method" open>
        <summary>{t('matching.municipalities.formulas')}</summary>
        <ul>
          {['task', 'remainingTask', 'homesPersons', 'capacity', 'taskLeft', 'summedScore', 'shortfall'].map((key) => (
            <li key={key}>
              <strong>{t(`matching.municipalities.${key}`)}</strong>: <code>{t(`matching.municipalities.formula.${key}`)}</code>
            </li>
          ))}
        </ul>
      </details>
      <details className="rt-method" data-testid="capacity-how">
        <summary>{t('matching.municipalities.capacityHow')}</summary>
        <ul>
          {[...rows]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((row) => (
              <li key={row.code}>
                {row.name}: <code>{row.capacityBasis.how}</code>
              </li>
            ))}
        </ul>
      </details>
      <Paragraph small>{t('matching.source.task', { period: proposal.period })}</Paragraph>
      <RunSource proposal={proposal} />
    </section>
  );
}
