// SPDX-License-Identifier: EUPL-1.2
/**
 * The province over the periods: the task (sum of the municipal tasks) beside what was realised,
 * as a grouped bar chart in SVG and, for everyone, the same figures in a table. A period without
 * a distribution has no bars and says so in the table.
 */
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { niceMax } from '../../../components/BarChart.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { formatPercentage } from '../taakstelling-format.ts';

export type PeriodFigures = {
  period: string;
  task: number | null;
  corrected: number | null;
  realised: number | null;
  percentage: number | null;
};

const width = 640;
const height = 260;
const margin = { top: 16, right: 12, bottom: 36, left: 64 };

/** Grouped bars (task, realised) per period, with a table of the same figures. */
export function PeriodChart({ provinceName, periods }: { provinceName: string; periods: PeriodFigures[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const id = useId();
  const number = (value: number | null) => (value === null ? t('common.noFigure') : formatNumber(value, language));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const top = niceMax(Math.max(0, ...periods.flatMap((p) => [p.task ?? 0, p.realised ?? 0])));
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const slot = plotWidth / Math.max(periods.length, 1);
  const bar = Math.min(28, slot * 0.35);
  const title = t('taakstelling.chart.title', { province: provinceName });
  const description = periods
    .map((p) => t('taakstelling.chart.point', { period: p.period, task: number(p.task), realised: number(p.realised) }))
    .join('; ');

  return (
    <>
      <svg className="rt-chart rt-chart--wide" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 0.5, 1].map((share) => (
          <g key={share} className="rt-chart__tick">
            <line x1={margin.left} x2={width - margin.right} y1={y(share * top)} y2={y(share * top)} />
            <text x={margin.left - 6} y={y(share * top)} dy="0.32em" textAnchor="end">
              {formatNumber(share * top, language)}
            </text>
          </g>
        ))}
        {periods.map((p, index) => {
          const x = margin.left + slot * index + slot / 2;
          return (
            <g key={p.period}>
              {p.task !== null ? <rect className="rt-chart__task" x={x - bar} y={y(p.task)} width={bar} height={y(0) - y(p.task)} /> : null}
              {p.realised !== null ? (
                <rect className="rt-chart__realised" x={x} y={y(p.realised)} width={bar} height={y(0) - y(p.realised)} />
              ) : null}
              <text className="rt-chart__label" x={x} y={height - margin.bottom + 18} textAnchor="middle">
                {p.period}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="rt-legend__list" aria-hidden="true">
        <li className="rt-legend__item">
          <span className="rt-legend__swatch rt-chart__task-swatch" />
          {t('taakstelling.columns.task')}
        </li>
        <li className="rt-legend__item">
          <span className="rt-legend__swatch rt-chart__realised-swatch" />
          {t('taakstelling.columns.realised')}
        </li>
      </ul>
      <ScrollRegion label={title}>
        <Table data-testid="period-table">
          <TableCaption className="rt-table__caption">{title}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('taakstelling.columns.period')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.columns.task')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.columns.corrected')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.columns.realised')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.columns.percentage')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {periods.map((p) => (
              <TableRow key={p.period}>
                <TableHeaderCell scope="row">{p.period}</TableHeaderCell>
                <TableCell numericColumn>{number(p.task)}</TableCell>
                <TableCell numericColumn>{number(p.corrected)}</TableCell>
                <TableCell numericColumn>{number(p.realised)}</TableCell>
                <TableCell numericColumn>{p.percentage === null ? t('common.noFigure') : formatPercentage(p.percentage, language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}
