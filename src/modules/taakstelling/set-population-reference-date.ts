// SPDX-License-Identifier: EUPL-1.2
/**
 * Sets the population reference date of one period's distribution (a province coordinator).
 * By default a period uses the latest CBS 1 January figures on or before its first day; a date
 * set here is used instead, and null restores the default. Only a date with population figures
 * loaded is accepted, so a distribution never silently falls back to another date.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePeriod } from './domain/period.ts';
import {
  findNationalTask,
  populationReferenceDates,
  updatePopulationReferenceDate,
  type NationalTaskRow,
  type SourceRow,
} from './taakstelling.repository.ts';

export type SetPopulationReferenceDateOptions = { db: Db; actor: Actor; period: string; referenceDate: string | null };

export async function setPopulationReferenceDate({
  db,
  actor,
  period,
  referenceDate,
}: SetPopulationReferenceDateOptions): Promise<NationalTaskRow & { source: SourceRow }> {
  parsePeriod(period);
  if (!(await findNationalTask(db, period))) {
    throw new AppError('NOT_FOUND', `No national task with a source is known for ${period}; enter that first.`, { field: 'period' });
  }
  if (referenceDate !== null) {
    const loaded = await populationReferenceDates(db);
    if (!loaded.includes(referenceDate)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `No CBS population figures are loaded for ${referenceDate}; loaded reference dates: ${loaded.join(', ') || 'none'}.`,
        { field: 'body.populationReferenceDate', details: { loaded } },
      );
    }
  }
  await inTransaction(db, actor, (tx) => updatePopulationReferenceDate(tx, period, referenceDate));
  return (await findNationalTask(db, period)) as NationalTaskRow & { source: SourceRow };
}
