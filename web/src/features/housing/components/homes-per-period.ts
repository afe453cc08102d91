// SPDX-License-Identifier: EUPL-1.2
/**
 * Homes per half year by target group and rent band, from the projects' delivery shares: per
 * project, homes × the period's share of the delivery, rounded to whole homes per project.
 * Pure, for the table and the chart.
 */
import type { Project } from '../api/housing-api.ts';

export const groups = ['statusHolders', 'students', 'starters', 'other'] as const;
export const bands = ['social', 'mid', 'free'] as const;

export type HomesRow = { period: string; total: number } & Record<(typeof groups)[number] | (typeof bands)[number], number>;

export function homesPerPeriod(projects: Project[]): HomesRow[] {
  const rows = new Map<string, HomesRow>();
  for (const project of projects) {
    for (const delivery of project.deliveries) {
      const row = rows.get(delivery.period) ?? { period: delivery.period, total: 0, statusHolders: 0, students: 0, starters: 0, other: 0, social: 0, mid: 0, free: 0 };
      const part = (homes: number) => Math.round((homes * delivery.share) / 100);
      row.total += part(project.homesTotal);
      for (const group of groups) {
        row[group] += part(project.homes[group]);
      }
      for (const band of bands) {
        row[band] += part(project.homesPerBand[band]);
      }
      rows.set(delivery.period, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}
