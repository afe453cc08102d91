// SPDX-License-Identifier: EUPL-1.2
/**
 * A province coordinator enters the national task of a period, with the backlog carried in and
 * the publication it comes from (a figure without a source is not accepted). A period whose
 * published figure ships with the product (data/taakstelling, loaded at every start) is not
 * entered by hand: the shipped figure would overwrite it at the next start. Entering again
 * replaces the earlier entry; the population reference date set for the period is kept.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePeriod } from './domain/period.ts';
import type { OfficialSourceInput } from './import-official-tasks.ts';
import { shippedSourceId } from './parse-national-tasks.ts';
import { findNationalTask, saveEnteredNationalTask, type NationalTaskRow, type SourceRow } from './taakstelling.repository.ts';

export type NationalTaskInput = {
  task: number;
  backlogIn: number | null;
  status: string;
  quotation: string | null;
  source: OfficialSourceInput;
};

export type EnterNationalTaskOptions = { db: Db; actor: Actor; period: string; input: NationalTaskInput };

export async function enterNationalTask({ db, actor, period, input }: EnterNationalTaskOptions): Promise<NationalTaskRow & { source: SourceRow }> {
  parsePeriod(period);
  const existing = await findNationalTask(db, period);
  if (existing?.sourceId === shippedSourceId(period)) {
    throw new AppError(
      'CONFLICT',
      `${period} has a published national task (${existing.task}) that ships with its source; it is not entered by hand. ` +
        'Its population reference date can be set.',
      { field: 'period' },
    );
  }
  const sourceId = `taakstelling-ingevoerd-${period}`;
  await inTransaction(db, actor, (tx) =>
    saveEnteredNationalTask(
      tx,
      { period, task: input.task, backlogIn: input.backlogIn, status: input.status, quotation: input.quotation, sourceId },
      { id: sourceId, publisherTable: null, licence: null, ...input.source },
    ),
  );
  return (await findNationalTask(db, period)) as NationalTaskRow & { source: SourceRow };
}
