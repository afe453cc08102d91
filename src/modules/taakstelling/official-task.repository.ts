// SPDX-License-Identifier: EUPL-1.2
/** SQL for official per-municipality tables. */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { officialMunicipalTasks } from '../../db/schema/index.ts';
import type { OfficialTaskDraft } from './parse-official-tasks.ts';
import { upsertSource, type SourceRow } from './taakstelling.repository.ts';

/** Replaces the period's official table and its source. */
export async function replaceOfficialTasks(tx: Tx, period: string, source: SourceRow, rows: OfficialTaskDraft[]): Promise<void> {
  await upsertSource(tx, source);
  await tx.delete(officialMunicipalTasks).where(eq(officialMunicipalTasks.period, period));
  await tx.insert(officialMunicipalTasks).values(
    rows.map((row) => ({
      period,
      municipalityCode: row.code,
      task: row.task,
      taskIncludingBacklog: row.taskIncludingBacklog,
      sourceId: source.id,
    })),
  );
}
