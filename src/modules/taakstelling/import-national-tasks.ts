// SPDX-License-Identifier: EUPL-1.2
/** Imports the national tasks file in one transaction; refuses the whole file on any bad row. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import { parseNationalTasks } from './parse-national-tasks.ts';
import { countNationalTasks, upsertNationalTasks } from './taakstelling.repository.ts';

export const shippedNationalTasksFile = path.join(projectRoot, 'data', 'taakstelling', 'landelijke_taakstelling_per_halfjaar.csv');

export type ImportNationalTasksOptions = { db: Db; actor: Actor; file?: string; dryRun?: boolean };

export type ImportNationalTasksResult = { periods: string[]; before: number; after: number; dryRun: boolean };

export async function importNationalTasks({
  db,
  actor,
  file = shippedNationalTasksFile,
  dryRun = false,
}: ImportNationalTasksOptions): Promise<ImportNationalTasksResult> {
  const issues: ImportIssue[] = [];
  const name = path.relative(process.cwd(), file) || file;
  const rows = parseNationalTasks(name, fs.readFileSync(file, 'utf8'), issues);
  refuseOnIssues(issues);
  const before = await countNationalTasks(db);
  if (dryRun) {
    return { periods: rows.map((r) => r.task.period), before, after: before, dryRun };
  }
  await inTransaction(db, actor, (tx) => upsertNationalTasks(tx, rows));
  return { periods: rows.map((r) => r.task.period), before, after: await countNationalTasks(db), dryRun };
}
