// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure helpers of the taakstelling screens: the period to open, the colour class of a percentage
 * realised, the neighbouring steps on the ladder, and the points of a trend sparkline.
 */
import { ladderSteps, type LadderStep } from '../../../../src/modules/taakstelling/domain/ladder.ts';
import { classOf } from '../regions/components/choropleth.ts';
import type { UiLanguage } from '../../lib/format.ts';

/** Map classes of "% of the corrected task realised": below 25, 25-50, 50-75, 75-100, 100 and more. */
export const percentageBreaks = [25, 50, 75, 100] as const;

/** The map class (0 = lowest) of a percentage, or null without a figure. */
export function percentageClass(percentage: number | null): number | null {
  return classOf(percentage, percentageBreaks);
}

/** A percentage with one decimal, e.g. "52,3%" (nl) or "52.3%" (en). */
export function formatPercentage(value: number, language: UiLanguage = 'nl'): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
}

/** The first day of a half-year period: 2024-I → 2024-01-01, 2024-II → 2024-07-01. */
export function periodStart(period: string): string {
  const [year, half] = period.split('-');
  return `${year}-${half === 'II' ? '07' : '01'}-01`;
}

/**
 * The period to open when none is chosen: the latest one that has started on `today`, else the
 * earliest one (all in the future), else null.
 */
export function defaultPeriod(periods: readonly string[], today: string): string | null {
  const started = periods.filter((period) => periodStart(period) <= today).sort();
  return started.at(-1) ?? [...periods].sort()[0] ?? null;
}

/** The steps one up and one down the ladder from `step` (null at either end). */
export function ladderNeighbours(step: LadderStep): { up: LadderStep | null; down: LadderStep | null } {
  const index = ladderSteps.indexOf(step);
  return { up: ladderSteps[index + 1] ?? null, down: index > 0 ? (ladderSteps[index - 1] ?? null) : null };
}

/** The 1-based position of a step on the ladder (op_koers = 1). */
export function ladderLevel(step: LadderStep): number {
  return ladderSteps.indexOf(step) + 1;
}

export type TrendPoint = { period: string; percentage: number | null };

/**
 * SVG polyline segments of a trend in a width × height box; a period without a figure breaks
 * the line. The vertical scale runs from 0 to the larger of 100% and the highest value.
 */
export function sparklineSegments(trend: readonly TrendPoint[], width: number, height: number): string[] {
  const top = Math.max(100, ...trend.map((point) => point.percentage ?? 0));
  const step = trend.length > 1 ? width / (trend.length - 1) : 0;
  const segments: string[] = [];
  let current: string[] = [];
  trend.forEach((point, index) => {
    if (point.percentage === null) {
      if (current.length > 0) {
        segments.push(current.join(' '));
      }
      current = [];
      return;
    }
    const x = Math.round(index * step * 10) / 10;
    const y = Math.round((height - (point.percentage / top) * height) * 10) / 10;
    current.push(`${x},${y}`);
  });
  if (current.length > 0) {
    segments.push(current.join(' '));
  }
  return segments;
}
