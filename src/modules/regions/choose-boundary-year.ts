// SPDX-License-Identifier: EUPL-1.2
/**
 * Which boundary vintage to draw for a municipality in a division year. Boundaries ship for 2016
 * and 2023 only; a vintage fits a year when no merger involving the municipality took effect
 * between the two (its territory was the same). Of the fitting vintages the nearest wins, the
 * later one on a tie; none fits when the territory changed on both sides.
 */

export type ChooseBoundaryYearOptions = {
  year: number;
  /** Vintages with a boundary for this municipality. */
  available: number[];
  /** Effective dates (YYYY-MM-DD) of mergers the municipality took part in. */
  changeDates: string[];
};

/** The vintage to draw for `year`, or undefined when none fits. */
export function chooseBoundaryYear({ year, available, changeDates }: ChooseBoundaryYearOptions): number | undefined {
  const fits = (vintage: number) => {
    const from = `${Math.min(year, vintage)}-01-01`;
    const to = `${Math.max(year, vintage)}-01-01`;
    return !changeDates.some((date) => date > from && date <= to);
  };
  return available
    .filter(fits)
    .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a)[0];
}
