// SPDX-License-Identifier: EUPL-1.2
/**
 * Statistical disclosure control of the province's waiting-time aggregates (pure).
 * - Primary suppression: no figure for a group of fewer than `minimumGroupSize` households.
 * - Complementary suppression: the province total minus the municipalities that are shown would
 *   give back a suppressed municipality's count and distribution. So, per half year and indicator,
 *   while the suppressed municipalities together hold fewer than `minimumGroupSize` households,
 *   the smallest municipality still shown is suppressed as well. The difference then covers at
 *   least `minimumGroupSize` households of two or more municipalities. When no municipality is
 *   left to add, the province total itself is below the minimum and suppressed by the first rule.
 */
import type { WaitingIndicator } from '../../db/schema/index.ts';
import { minimumGroupSize } from './waiting-times.ts';

export type Suppression = 'small_group' | 'complementary';

export type GroupFigures = { period: string; indicator: WaitingIndicator; households: number; medianDays: number | null; buckets: number[] };

export type ShownFigures = {
  period: string;
  indicator: WaitingIndicator;
  households: number | null;
  medianDays: number | null;
  buckets: number[] | null;
  suppressed: boolean;
  /** Why the figures are hidden: a small group, or to protect a small group elsewhere. */
  suppression: Suppression | null;
};

/** Shows a group's figures, or hides all of them (count, median, distribution). */
export function showOrHide(row: GroupFigures, suppression: Suppression | null): ShownFigures {
  if (suppression !== null) {
    return { period: row.period, indicator: row.indicator, households: null, medianDays: null, buckets: null, suppressed: true, suppression };
  }
  return { period: row.period, indicator: row.indicator, households: row.households, medianDays: row.medianDays, buckets: row.buckets, suppressed: false, suppression: null };
}

/** The province's rows (one per period and indicator) and its municipalities' rows, suppressed. */
export function suppressProvinceFigures<M extends GroupFigures & { code: string }>(
  province: readonly GroupFigures[],
  municipalities: readonly M[],
): { province: ShownFigures[]; municipalities: (ShownFigures & { row: M })[] } {
  const reasons = new Map<M, Suppression>();
  const groups = new Map<string, M[]>();
  for (const row of municipalities) {
    const key = `${row.period}|${row.indicator}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
    if (row.households < minimumGroupSize) {
      reasons.set(row, 'small_group');
    }
  }
  for (const rows of groups.values()) {
    let residual = rows.filter((row) => reasons.has(row)).reduce((sum, row) => sum + row.households, 0);
    while (residual > 0 && residual < minimumGroupSize) {
      const [smallest] = rows.filter((row) => !reasons.has(row)).sort((a, b) => a.households - b.households || a.code.localeCompare(b.code));
      if (!smallest) {
        break;
      }
      reasons.set(smallest, 'complementary');
      residual += smallest.households;
    }
  }
  return {
    province: province.map((row) => showOrHide(row, row.households < minimumGroupSize ? 'small_group' : null)),
    municipalities: municipalities.map((row) => ({ ...showOrHide(row, reasons.get(row) ?? null), row })),
  };
}
