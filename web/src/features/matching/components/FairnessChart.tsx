// SPDX-License-Identifier: EUPL-1.2
/**
 * Paired horizontal bars per municipality: share of the placed persons and share of the task. One
 * image for assistive technology (title and a description with every value); the table next to it
 * holds the same figures.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatShare } from '../matching-format.ts';
import type { FairnessRow } from '../placement-figures.ts';

const width = 640;
const labelWidth = 170;
const rowHeight = 26;
const top = 30;

export function FairnessChart({ rows, title }: { rows: FairnessRow[]; title: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const id = useId();
  const max = Math.max(0.01, ...rows.map((row) => Math.max(row.placedShare ?? 0, row.taskShare ?? 0)));
  const plot = width - labelWidth - 70;
  const bar = (value: number | null) => ((value ?? 0) / max) * plot;
  const share = (value: number | null) => (value === null ? t('common.noFigure') : formatShare(value, language));
  const description = rows
    .map((row) => t('matching.fairness.chartItem', { name: row.name, placed: share(row.placedShare), task: share(row.taskShare) }))
    .join('; ');
  const height = top + rows.length * rowHeight + 10;
  return (
    <figure className="rt-figure">
      <svg className="rt-chart rt-fairness-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="rt-fairness-chart__legend">
          <rect x={labelWidth} y={6} width={12} height={12} className="rt-fairness-chart__placed" />
          <text x={labelWidth + 18} y={16}>
            {t('matching.fairness.placedShare')}
          </text>
          <rect x={labelWidth + 230} y={6} width={12} height={12} className="rt-fairness-chart__task" />
          <text x={labelWidth + 248} y={16}>
            {t('matching.fairness.taskShare')}
          </text>
        </g>
        {rows.map((row, i) => {
          const y = top + i * rowHeight;
          return (
            <g key={row.code}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end">
                {row.name}
              </text>
              <rect x={labelWidth} y={y + 3} width={bar(row.placedShare)} height={9} className="rt-fairness-chart__placed" />
              <rect x={labelWidth} y={y + 13} width={bar(row.taskShare)} height={9} className="rt-fairness-chart__task" />
              <text x={labelWidth + Math.max(bar(row.placedShare), bar(row.taskShare)) + 6} y={y + 17} className="rt-chart__value">
                {share(row.placedShare)} / {share(row.taskShare)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{t('matching.fairness.chartCaption')}</figcaption>
    </figure>
  );
}
