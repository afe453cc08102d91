// SPDX-License-Identifier: EUPL-1.2
/**
 * First start: the server loads the shipped regional data (data/) when it is not loaded yet, or
 * when the shipped files changed since they were loaded (a new release). An import from another
 * folder (`regietafel import --dir`) does not count as "shipped", so it is never undone here
 * unless the shipped files themselves change.
 */
import path from 'node:path';
import { projectRoot } from '../../config/env.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../db/transaction.ts';
import { parseRegionalData, readRegionalFiles } from './import/parse-regional-data.ts';
import { importRegionalData, regionsDatasetId, type ImportProgress, type ImportReport } from './import-regional-data.ts';
import { findShippedChecksum } from './region.repository.ts';

/** The folder of the data the product ships with. */
export const shippedDataDir = path.join(projectRoot, 'data');

/** The checksum of the shipped files, or undefined when they cannot be read. */
export function shippedChecksum(dir = shippedDataDir): string | undefined {
  try {
    return readRegionalFiles(dir).checksum;
  } catch {
    return undefined;
  }
}

/** Options of ensureShippedData; `database` and `log` come from serve. */
export type EnsureShippedDataOptions = {
  database: Database;
  log: (line: string) => void;
  /** Folder of the shipped data (tests point it elsewhere). */
  dir?: string;
  actor?: Actor;
  onProgress?: (progress: ImportProgress) => void;
};

/** Imports the shipped data when needed; returns the report, or undefined when it was current. */
export async function ensureShippedData({
  database,
  log,
  dir = shippedDataDir,
  actor = 'system:first-start',
  onProgress,
}: EnsureShippedDataOptions): Promise<ImportReport | undefined> {
  const files = readRegionalFiles(dir);
  const loaded = await findShippedChecksum(database.db, regionsDatasetId);
  if (loaded === files.checksum) {
    return undefined;
  }
  log(loaded ? 'The shipped regional data changed: loading it again.' : 'Loading the shipped regional data (first start).');
  const started = Date.now();
  const report = await importRegionalData({ db: database.db, dataset: parseRegionalData(files), actor, shipped: true, onProgress });
  const { inserted, updated, deleted } = report.totals;
  log(`Regional data loaded in ${Date.now() - started} ms: ${inserted} inserted, ${updated} updated, ${deleted} deleted.`);
  return report;
}
