// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: write a parsed regional data set in ONE transaction (all or nothing, also after a
 * kill -9), as `actor` so the audit trail says who loaded it. Idempotent: unchanged rows are
 * not touched. Rows that a newer file no longer has are deleted from the figure tables; codes
 * (provinces, municipalities) and sources stay, since other records refer to them.
 */
import type { Db, Tx } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import type { RegionalDataset } from './import/regional-dataset.ts';
import { deleteMissingRows, findDataset, importTables, upsertRows, type TableSpec, type UpsertCounts } from './region-import.repository.ts';

/** Id of the regional data set in the `datasets` table. */
export const regionsDatasetId = 'regions';

/** Rows written so far over all tables, and the table being written. */
export type ImportProgress = { table: string; done: number; total: number };
/** What the import did to one table. */
export type TableCounts = UpsertCounts & { deleted: number };

/** What an import did (or, in a dry run, would do) per table. */
export type ImportReport = {
  dryRun: boolean;
  /** True when the files were the shipped ones (recorded so the server does not load them again). */
  shipped: boolean;
  checksum: string;
  tables: Record<string, TableCounts>;
  totals: TableCounts;
};

/** Options of importRegionalData; `shipped` marks the data set as the shipped one. */
export type ImportRegionalDataOptions = {
  db: Db;
  dataset: RegionalDataset;
  actor: Actor;
  shipped: boolean;
  /** Validate and count what would change, then roll back: nothing is written. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
};

/** One table's part of the import; `deleteMissing` only for tables the files fully describe. */
type Step = {
  table: string;
  count: number;
  upsert: (tx: Tx, start: number, end: number) => Promise<UpsertCounts>;
  deleteMissing?: (tx: Tx) => Promise<number>;
};

function stepOf<Row>(spec: TableSpec<Row>, rows: Row[], synced: boolean): Step {
  return {
    table: spec.table,
    count: rows.length,
    upsert: (tx, start, end) => upsertRows(tx, spec, rows.slice(start, end)),
    ...(synced ? { deleteMissing: (tx: Tx) => deleteMissingRows(tx, spec, rows) } : {}),
  };
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run: rolled back');
  }
}

/** Writes the data set; returns the counts per table (rolled back when `dryRun`). */
export async function importRegionalData({
  db,
  dataset,
  actor,
  shipped,
  dryRun = false,
  onProgress,
  batchSize = 250,
}: ImportRegionalDataOptions): Promise<ImportReport> {
  const work = async (tx: Tx): Promise<ImportReport> => {
    const previous = await findDataset(tx, regionsDatasetId);
    const datasetRow = {
      id: regionsDatasetId,
      loadedChecksum: dataset.checksum,
      shippedChecksum: shipped ? dataset.checksum : (previous?.shippedChecksum ?? null),
      fileChecksums: dataset.fileChecksums,
    };
    const t = importTables;
    const steps: Step[] = [
      stepOf(t.sources, dataset.sources, false),
      stepOf(t.provinces, dataset.provinces, false),
      stepOf(t.municipalities, dataset.municipalities, false),
      stepOf(t.years, dataset.years, true),
      stepOf(t.successions, dataset.successions, true),
      stepOf(t.population, dataset.population, true),
      stepOf(t.boundaries, dataset.boundaries, true),
      stepOf(t.areaFigures, dataset.areaFigures, true),
      stepOf(t.datasets, [datasetRow], false),
    ];
    const total = steps.reduce((sum, step) => sum + step.count, 0);
    let done = 0;
    const tables: Record<string, TableCounts> = {};
    for (const step of steps) {
      const counts: TableCounts = { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
      for (let start = 0; start < step.count; start += batchSize) {
        const end = Math.min(start + batchSize, step.count);
        const result = await step.upsert(tx, start, end);
        counts.inserted += result.inserted;
        counts.updated += result.updated;
        counts.unchanged += result.unchanged;
        done += end - start;
        onProgress?.({ table: step.table, done, total });
      }
      tables[step.table] = counts;
    }
    // Deletes run children-first, after every upsert, so no foreign key is left dangling.
    for (const step of [...steps].reverse()) {
      if (step.deleteMissing) {
        (tables[step.table] as TableCounts).deleted = await step.deleteMissing(tx);
      }
    }
    const report: ImportReport = { dryRun, shipped, checksum: dataset.checksum, tables, totals: sumCounts(Object.values(tables)) };
    if (dryRun) {
      throw new DryRunRollback(report);
    }
    return report;
  };
  try {
    return await inTransaction(db, actor, work);
  } catch (error) {
    if (error instanceof DryRunRollback) {
      return error.report;
    }
    throw error;
  }
}

function sumCounts(all: TableCounts[]): TableCounts {
  return all.reduce(
    (sum, c) => ({
      inserted: sum.inserted + c.inserted,
      updated: sum.updated + c.updated,
      unchanged: sum.unchanged + c.unchanged,
      deleted: sum.deleted + c.deleted,
    }),
    { inserted: 0, updated: 0, unchanged: 0, deleted: 0 },
  );
}
