// SPDX-License-Identifier: EUPL-1.2
/**
 * The shipped rent limits: data/reference/liberalisatiegrens_huur.csv (one row per year with
 * the source URL and the quotation it was found with, see data/PROVENANCE.md), with the
 * mid-rent upper bound of the 2016 advice (EUR 1,000). Read once per process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../config/env.ts';
import type { RentLimitRow } from './domain/rent-band.ts';

/** The upper bound of mid-rent named in the advice of March 2016 (opportunity 6). */
export const adviceMidRentMax = 1000;
export const adviceSource = 'PCL-advies provincie Utrecht, maart 2016 (kans 6): middenhuur EUR 700-1.000';

let shipped: RentLimitRow[] | undefined;

/** The rows of the shipped file. */
export function shippedRentLimits(file = path.join(projectRoot, 'data/reference/liberalisatiegrens_huur.csv')): RentLimitRow[] {
  if (shipped) {
    return shipped;
  }
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true, trim: true }) as Record<string, string>[];
  shipped = rows.map((row) => ({
    year: Number(row.jaar),
    liberalisationLimit: Number(row.liberalisatiegrens_eur_per_maand),
    midRentMax: adviceMidRentMax,
    source: `${row.bron_url}; ${adviceSource}`,
  }));
  return shipped;
}
