// SPDX-License-Identifier: EUPL-1.2
/**
 * Values per candidate in bulk: import a CSV of values with their sources into a scenario (all or
 * nothing; each problem named with its line), and export the entered values in the same format,
 * so a weighing's entered values can be prepared in a spreadsheet, checked and moved between
 * scenarios. An imported value is an entered value: it wins over a derived one and shows its
 * source (resolve-values.ts).
 */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { toCsv } from '../../shared/csv.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { refuseOnIssues, type ImportIssue } from '../regions/import/import-issues.ts';
import { loadVisibleScenario } from './load-scenario.ts';
import { loadWeighing } from './load-weighing.ts';
import { parseValueFile } from './parse-value-file.ts';
import { listCandidateIds, listCriteria, updateScenarioRow, upsertValue } from './scenario.repository.ts';

type ImportValuesOptions = { db: Db; principal: Authenticated; scenarioId: string; fileName: string; text: string; dryRun: boolean };

export async function importCandidateValues({ db, principal, scenarioId, fileName, text, dryRun }: ImportValuesOptions): Promise<{ rows: number; imported: number }> {
  await loadVisibleScenario({ db, principal, id: scenarioId, forEdit: true });
  const issues: ImportIssue[] = [];
  const rows = parseValueFile(fileName, text, issues);
  const candidates = new Set(await listCandidateIds(db, scenarioId));
  const criteria = (await listCriteria(db, scenarioId)).map((c) => c.criterionId);
  for (const row of rows) {
    if (!candidates.has(row.locationId)) {
      issues.push({ file: fileName, line: row.line, field: 'location_id', message: `location ${row.locationId} is not a candidate of this scenario` });
    }
    if (!criteria.includes(row.criterionId)) {
      issues.push({ file: fileName, line: row.line, field: 'criterion_id', message: `the scenario has no criterion "${row.criterionId}" (criteria: ${criteria.join(', ')})` });
    }
  }
  refuseOnIssues(issues);
  if (dryRun) {
    return { rows: rows.length, imported: 0 };
  }
  const actor = actorOf(principal);
  await inTransaction(db, actor, async (tx) => {
    for (const row of rows) {
      await upsertValue(tx, { scenarioId, locationId: row.locationId, criterionId: row.criterionId, value: row.value, source: row.source, note: row.note, enteredBy: actor });
    }
    await updateScenarioRow(tx, scenarioId, {});
  });
  return { rows: rows.length, imported: rows.length };
}

/** The entered values of a scenario as CSV, importable again (location_name is for reading only). */
export async function exportCandidateValues({ db, principal, scenarioId }: { db: Db; principal: Authenticated; scenarioId: string }): Promise<string> {
  const scenario = await loadVisibleScenario({ db, principal, id: scenarioId });
  const { candidates } = await loadWeighing({ db, scenario });
  const rows = candidates.flatMap(({ location, values }) =>
    values.flatMap((v) => (v.entered ? [[location.id, location.name, v.criterionId, v.value, v.entered.source, v.entered.note, v.entered.enteredAt]] : [])),
  );
  return toCsv(['location_id', 'location_name', 'criterion_id', 'value', 'source', 'note', 'entered_at'], rows);
}
