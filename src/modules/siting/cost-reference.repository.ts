// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the COA cost reference: loaded with its source into `sources` and
 * `reception_cost_references` when a weighing is first created (ensureCostReference), so a fresh
 * database stays empty. It is shown beside the cost criterion for comparison, never used as a
 * candidate's cost: a location's own costs are what the weighing compares.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { receptionCostReferences, sources } from '../../db/schema/index.ts';
import { costReferenceFile, costReferenceSourceId, parseCostReference, type CostReference } from './parse-cost-reference.ts';

/** Loads the reference with its source when it is not loaded yet (idempotent). */
export async function ensureCostReference(tx: Tx, text = readFileSync(costReferenceFile, 'utf8')): Promise<void> {
  const { url, published, rows } = parseCostReference(text);
  await tx
    .insert(sources)
    .values({
      id: costReferenceSourceId,
      publisher: 'COA (Centraal Orgaan opvang asielzoekers)',
      title: 'Kosten opvang per bewoner per jaar 2022 (regulier en (crisis)noodopvang)',
      publisherTable: null,
      referenceDate: null,
      url,
      licence: null,
      note:
        `Averages over 2022 from COA's news item on its financial report (published ${published}); transcribed ` +
        'from a stored copy of the page (data/PROVENANCE.md §6).',
    })
    .onConflictDoNothing();
  for (const row of rows) {
    await tx
      .insert(receptionCostReferences)
      .values({ ...row, sourceId: costReferenceSourceId })
      .onConflictDoNothing();
  }
}

/** The loaded reference figures, by year and kind. */
export async function listCostReferences(db: Executor): Promise<(CostReference & { sourceId: string })[]> {
  const result = await db.execute(sql`
    SELECT year, reception_kind AS "receptionKind", eur_per_resident_per_year AS "eurPerResidentPerYear", quotation, source_id AS "sourceId"
    FROM reception_cost_references ORDER BY year, reception_kind`);
  return (result as unknown as { rows: (CostReference & { sourceId: string })[] }).rows;
}
