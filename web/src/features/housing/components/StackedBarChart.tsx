// SPDX-License-Identifier: EUPL-1.2
/**
 * Homes per half year as stacked bars (one series per target group or rent band). Like the shared
 * BarChart it is one image for assistive technology (role="img", a title, and a description that
 * lists every value); the legend is text, and the page shows the same figures in a table. Each
 * segment has a white outline, so neighbouring colours need no contrast with each other.
 */
import { useId } from 'react';
import { ChartTicks, niceMax } from '../../../components/BarChart.tsx';

export type StackedSeries = { key: string; label: string };
export type StackedBar = { label: string; values: Record<string, number> };

export type StackedBarChartProps = {
  title: string;
  description: string;
  series: StackedSeries[];
  bars: StackedBar[];
  formatTick: (value: number) => string;
};

const width = 560;
const height = 260;
const margin = { top: 16, right: 16, bottom: 40, left: 84 };

export function StackedBarChart({ title, description, series, bars, formatTick }: StackedBarChartProps) {
  const id = useId();
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = bars.map((bar) => series.reduce((sum, s) => sum + (bar.values[s.key] ?? 0), 0));
  const top = niceMax(Math.max(...totals, 0));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * top);
  const slot = plotWidth / Math.max(bars.length, 1);
  const barWidth = Math.min(72, slot * 0.6);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  return (
    <div className="rt-stacked">
      <svg className="rt-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <ChartTicks ticks={ticks} y={y} left={margin.left} right={width - margin.right} formatTick={formatTick} />
        {bars.map((bar, index) => {
          const x = margin.left + slot * index + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={bar.label}>
              {series.map((s, position) => {
                const value = bar.values[s.key] ?? 0;
                const from = base;
                base += value;
                return value > 0 ? (
                  <rect key={s.key} className={`rt-stacked__segment rt-stacked__segment--${position}`} x={x} y={y(base)} width={barWidth} height={y(from) - y(base)} />
                ) : null;
              })}
              <text className="rt-chart__label" x={x + barWidth / 2} y={height - margin.bottom + 22} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="rt-legend__list" aria-hidden="true">
        {series.map((s, position) => (
          <li key={s.key} className="rt-legend__item">
            <span className={`rt-legend__swatch rt-stacked__swatch--${position}`} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
