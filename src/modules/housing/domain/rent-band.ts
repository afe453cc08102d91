// SPDX-License-Identifier: EUPL-1.2
/**
 * Rent bands of a home (opportunity 6 of the PCL advice):
 *   social    monthly rent ≤ the year's liberalisatiegrens (sourced table per year);
 *   mid-rent  above it, up to an upper limit (EUR 1,000 in the advice of 2016, configurable);
 *   free      above the upper limit.
 * The bands touch without overlap, so every rent falls in exactly one band. A project states
 * its homes per band with a rent; a rent outside the stated band's range is refused.
 */

export const rentBands = ['social', 'mid', 'free'] as const;
export type RentBand = (typeof rentBands)[number];

/** The limits that apply in one year, with where they come from. */
export type RentLimits = {
  year: number;
  /** Upper bound of social rent (EUR per month). */
  liberalisationLimit: number;
  /** Upper bound of mid-rent (EUR per month). */
  midRentMax: number;
  /** The year whose figures these are (earlier than `year` when `year` has none yet). */
  limitYear: number;
  source: string;
};

/** One line of a project's homes: how many homes in a band, at what monthly rent. */
export type RentLine = { band: RentBand; homes: number; rentEur: number };

/** The band a monthly rent falls in. */
export function bandOf(rentEur: number, limits: RentLimits): RentBand {
  if (rentEur <= limits.liberalisationLimit) {
    return 'social';
  }
  return rentEur <= limits.midRentMax ? 'mid' : 'free';
}

/** The range of a band as text, e.g. "EUR 763.47 < rent ≤ EUR 1,000.00". */
export function bandRange(band: RentBand, limits: RentLimits): string {
  const eur = (value: number) => `EUR ${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (band === 'social') {
    return `rent ≤ ${eur(limits.liberalisationLimit)}`;
  }
  if (band === 'mid') {
    return `${eur(limits.liberalisationLimit)} < rent ≤ ${eur(limits.midRentMax)}`;
  }
  return `rent > ${eur(limits.midRentMax)}`;
}

export type RentLineProblem = { index: number; field: 'band' | 'rentEur'; reason: string };

/** Checks every line's rent against its band; the first problem, or null. */
export function checkRentLines(lines: RentLine[], limits: RentLimits): RentLineProblem | null {
  if (limits.midRentMax <= limits.liberalisationLimit) {
    return { index: 0, field: 'band', reason: `The mid-rent upper limit (${limits.midRentMax}) must lie above the liberalisatiegrens (${limits.liberalisationLimit}) of ${limits.limitYear}.` };
  }
  for (const [index, line] of lines.entries()) {
    const actual = bandOf(line.rentEur, limits);
    if (actual !== line.band) {
      return {
        index,
        field: 'rentEur',
        reason: `A rent of EUR ${line.rentEur} is not ${line.band} rent in ${limits.year} (${line.band}: ${bandRange(line.band, limits)}; limits of ${limits.limitYear}, ${limits.source}); it falls in ${actual}.`,
      };
    }
  }
  return null;
}

/** Homes per band (each line counts in its own band only). */
export function homesPerBand(lines: RentLine[]): Record<RentBand, number> {
  const totals: Record<RentBand, number> = { social: 0, mid: 0, free: 0 };
  for (const line of lines) {
    totals[line.band] += line.homes;
  }
  return totals;
}

/** One sourced row of the rent limits table (housing_rent_limits). */
export type RentLimitRow = { year: number; liberalisationLimit: number; midRentMax: number; source: string };

/** The limits for `year`: that year's row, else the latest earlier one (flagged by limitYear). */
export function limitsFor(year: number, table: RentLimitRow[]): RentLimits | null {
  const row = table.filter((r) => r.year <= year).sort((a, b) => b.year - a.year)[0];
  if (!row) {
    return null;
  }
  return { year, liberalisationLimit: row.liberalisationLimit, midRentMax: row.midRentMax, limitYear: row.year, source: row.source };
}
