// SPDX-License-Identifier: EUPL-1.2
/** SQL that gathers what a placement proposal needs: households ready for housing and score inputs. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../locations/location.repository.ts';

/** A household that may be placed, with only what the match uses. */
export type CandidateHouseholdRecord = {
  id: string;
  pseudonym: string;
  size: number;
  isco_major_group: number | null;
  tie_municipality_code: string | null;
  care_need: boolean;
};

/**
 * Households to place in a province (docs/matching.md, "Proposals"): open, not yet assigned to a
 * municipality, ready for housing by `readyBy`, and either staying in a reception location of the
 * province's register (matched by name, as households record it) or with family ties in the
 * province.
 */
export async function listCandidateHouseholds(db: Executor, provinceCode: string, readyBy: string): Promise<CandidateHouseholdRecord[]> {
  return rowsOf<CandidateHouseholdRecord>(
    await db.execute(sql`
      SELECT h.id, h.pseudonym, h.size, p.isco_major_group::int AS isco_major_group,
             p.tie_municipality_code, coalesce(p.care_need, false) AS care_need
      FROM households h
      LEFT JOIN household_match_profiles p ON p.household_id = h.id
      WHERE h.closed_at IS NULL AND h.municipality_code IS NULL
        AND h.ready_for_housing_date IS NOT NULL AND h.ready_for_housing_date <= ${readyBy}::date
        AND (EXISTS (SELECT 1 FROM reception_locations l JOIN municipalities m ON m.code = l.municipality_code
                     WHERE l.name = h.reception_location AND m.province_code = ${provinceCode})
             OR EXISTS (SELECT 1 FROM municipalities m WHERE m.code = p.tie_municipality_code AND m.province_code = ${provinceCode}))
      ORDER BY h.pseudonym`),
  );
}

/** What is known about a municipality for the scores. */
export type MunicipalityScoreRecord = {
  code: string;
  region_code: string | null;
  region_name: string | null;
  region_is_example: boolean | null;
  care_available: boolean | null;
  homes_small: number | null;
  homes_medium: number | null;
  homes_large: number | null;
};

export type ShortageScoreRecord = {
  region_code: string;
  isco_major_group: number;
  shortage: number;
  reference_date: string;
  source: string;
  is_example: boolean;
};

/** Region, care and homes of each municipality in `codes`, and the shortages of their regions. */
export async function loadScoreInputs(db: Executor, codes: string[]): Promise<{ municipalities: MunicipalityScoreRecord[]; shortages: ShortageScoreRecord[] }> {
  if (codes.length === 0) {
    return { municipalities: [], shortages: [] };
  }
  const list = sql.join(codes.map((code) => sql`${code}`), sql`, `);
  const municipalities = rowsOf<MunicipalityScoreRecord>(
    await db.execute(sql`
      SELECT m.code, r.code AS region_code, r.name AS region_name, r.is_example AS region_is_example,
             i.care_available, i.homes_small, i.homes_medium, i.homes_large
      FROM municipalities m
      LEFT JOIN labour_market_region_members mem ON mem.municipality_code = m.code
      LEFT JOIN labour_market_regions r ON r.code = mem.region_code
      LEFT JOIN municipality_match_inputs i ON i.municipality_code = m.code
      WHERE m.code IN (${list})
      ORDER BY m.code`),
  );
  const shortages = rowsOf<ShortageScoreRecord>(
    await db.execute(sql`
      SELECT s.region_code, s.isco_major_group::int AS isco_major_group, s.shortage, s.reference_date::text AS reference_date, s.source, s.is_example
      FROM labour_market_shortages s
      WHERE s.region_code IN (SELECT region_code FROM labour_market_region_members WHERE municipality_code IN (${list}))
      ORDER BY s.region_code, s.isco_major_group`),
  );
  return { municipalities, shortages };
}
