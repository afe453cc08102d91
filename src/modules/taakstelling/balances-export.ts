// SPDX-License-Identifier: EUPL-1.2
/**
 * Exports of a period's balances (per province or national): RFC 4180 CSV with stable English
 * column names for machines, and an XLSX workbook for people (Dutch labels by default) with the
 * balances, how every number was computed, and the sources.
 */
import { toCsv, type CsvCell } from '../../shared/csv.ts';
import type { BalanceRow } from './balance-view.ts';
import { balanceMethod } from './balance.presenter.ts';
import type { PeriodBalances } from './get-period-balances.ts';
import { writeXlsx } from './xlsx/workbook.ts';

export type ExportLang = 'nl' | 'en';

const columns = [
  ['code', 'code', 'code'],
  ['name', 'naam', 'name'],
  ['province_code', 'provincie', 'province'],
  ['population', 'inwoners', 'population'],
  ['task', 'taakstelling', 'task'],
  ['task_source', 'bron taakstelling', 'task source'],
  ['official_task', 'officieel', 'official'],
  ['computed_task', 'berekend', 'computed'],
  ['differs', 'wijkt af', 'differs'],
  ['backlog', 'achterstand', 'backlog'],
  ['lead', 'voorsprong', 'lead'],
  ['transfers', 'overdrachten', 'transfers'],
  ['corrected', 'gecorrigeerde taakstelling', 'corrected task'],
  ['realised', 'gerealiseerd', 'realised'],
  ['realisations', 'aantal huisvestingen', 'realisations'],
  ['percentage', 'percentage', 'percentage'],
  ['on_track', 'op-koerslijn', 'on-track line'],
  ['forecast', 'prognose', 'forecast'],
  ['closing', 'saldo einde periode', 'closing balance'],
  ['task_how', 'berekening taakstelling', 'task computed as'],
  ['corrected_how', 'berekening gecorrigeerd', 'corrected computed as'],
] as const;

function cells(row: BalanceRow): CsvCell[] {
  const b = row.balance;
  return [
    row.code,
    row.name,
    row.provinceCode,
    row.population,
    row.task,
    row.taskSource,
    row.officialTask,
    row.computedTask,
    row.differs,
    b?.backlog,
    b?.lead,
    b?.transfers,
    b?.corrected,
    row.realised,
    row.realisations,
    b?.percentage,
    b?.onTrack,
    b?.forecast,
    b?.closing,
    row.how?.task,
    row.how?.corrected,
  ];
}

/** The balances as CSV: a header row, then one row per municipality ordered by CBS code. */
export function balancesCsv(view: PeriodBalances): string {
  return toCsv(
    columns.map(([key]) => key),
    view.rows.map(cells),
  );
}

const labels = {
  nl: { about: 'Over', how: 'Berekening', sources: 'Bronnen', balances: 'Balansen' },
  en: { about: 'About', how: 'Computation', sources: 'Sources', balances: 'Balances' },
} as const;

/** The balances as an XLSX workbook: balances, computation per number, sources, and the rule. */
export function balancesXlsx(view: PeriodBalances, lang: ExportLang = 'nl'): Buffer {
  const l = labels[lang];
  const label = (i: number) => (columns[i] as readonly string[])[lang === 'nl' ? 1 : 2] as string;
  const howKeys = ['task', 'carriedIn', 'transfers', 'corrected', 'realised', 'percentage', 'onTrack', 'forecast', 'closing'] as const;
  return writeXlsx([
    {
      name: `${l.balances} ${view.period}`,
      header: columns.map((_, i) => label(i)),
      rows: view.rows.map(cells),
      widths: columns.map((_, i) => (i >= columns.length - 2 ? 60 : i === 1 ? 24 : 12)),
    },
    {
      name: l.how,
      header: ['code', label(1), ...howKeys],
      rows: view.rows.map((row) => [row.code, row.name, ...howKeys.map((key) => row.how?.[key] ?? view.state.message)]),
      widths: [10, 24, ...howKeys.map(() => 60)],
    },
    {
      name: l.sources,
      header: ['id', 'publisher', 'title', 'table', 'reference date', 'url', 'licence', 'note'],
      rows: view.sources.map((s) => [s.id, s.publisher, s.title, s.publisherTable, s.referenceDate, s.url, s.licence, s.note]),
      widths: [28, 20, 50, 12, 14, 50, 20, 60],
    },
    {
      name: l.about,
      header: ['', ''],
      rows: [
        ['period', view.period],
        ['province', view.province ? `${view.province.code} ${view.province.name}` : 'all'],
        ['as of', view.asOf],
        ['status', view.state.status],
        ['message', view.state.message],
        ['national task', view.state.national?.task],
        ['population reference date', view.state.distribution?.populationReferenceDate],
        ['chain start', view.state.chainStart],
        ['method', balanceMethod],
        ['totals', view.totals.how],
      ],
      widths: [26, 120],
    },
  ]);
}
