// SPDX-License-Identifier: EUPL-1.2
/**
 * A small bar chart in SVG. It is one image for assistive technology (role="img" with a title and
 * a description listing every value); the page always shows the same figures as a table too.
 */
import { useId } from 'react';

export type BarChartPoint = {
  /** Label under the bar, e.g. "1 jan. 2024". */
  label: string;
  value: number;
  /** The value as text, e.g. "374.238". */
  valueText: string;
};

export type BarChartProps = {
  title: string;
  /** A text equivalent of the chart, e.g. "1 januari 2023: 367.947; 1 januari 2024: 374.238". */
  description: string;
  points: BarChartPoint[];
  formatTick: (value: number) => string;
};

const width = 560;
const height = 260;
const margin = { top: 28, right: 16, bottom: 40, left: 84 };

/** Round upper bound for the axis: 1, 2 or 5 times a power of ten, at least the maximum. */
export function niceMax(max: number): number {
  if (max <= 0) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= max) ?? 10;
  return step * power;
}

export type ChartTicksProps = { ticks: number[]; y: (value: number) => number; left: number; right: number; formatTick: (value: number) => string };

/** The horizontal grid lines with their values, shared by the bar charts. */
export function ChartTicks({ ticks, y, left, right, formatTick }: ChartTicksProps) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick} className="rt-chart__tick">
          <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          <text x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
            {formatTick(tick)}
          </text>
        </g>
      ))}
    </>
  );
}

/** A labelled SVG bar chart; pair it with a table of the same figures. */
export function BarChart({ title, description, points, formatTick }: BarChartProps) {
  const id = useId();
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const top = niceMax(Math.max(...points.map((point) => point.value), 0));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * top);
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.min(96, slot * 0.6);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;

  return (
    <svg
      className="rt-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartTicks ticks={ticks} y={y} left={margin.left} right={width - margin.right} formatTick={formatTick} />
      {points.map((point, index) => {
        const x = margin.left + slot * index + (slot - barWidth) / 2;
        return (
          <g key={point.label} className="rt-chart__bar">
            <rect x={x} y={y(point.value)} width={barWidth} height={Math.max(0, y(0) - y(point.value))} />
            <text className="rt-chart__value" x={x + barWidth / 2} y={y(point.value) - 8} textAnchor="middle">
              {point.valueText}
            </text>
            <text className="rt-chart__label" x={x + barWidth / 2} y={height - margin.bottom + 22} textAnchor="middle">
              {point.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
