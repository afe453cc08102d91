// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: a coordinator adds (or corrects) the rent limits of a year, always with a source.
 * The mid-rent bound must lie above the liberalisatiegrens, so the bands stay without overlap.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { upsertRentLimit } from './housing.repository.ts';
import type { RentLimitInput } from './rent-limit.schema.ts';
import { adviceMidRentMax, adviceSource } from './shipped-rent-limits.ts';

export type SetRentLimitOptions = { db: Db; actor: Actor; input: RentLimitInput };

export async function setRentLimit({ db, actor, input }: SetRentLimitOptions): Promise<void> {
  const midRentMax = input.midRentMaxEur ?? adviceMidRentMax;
  if (midRentMax <= input.liberalisationLimitEur) {
    throw new AppError('VALIDATION_FAILED', `The mid-rent upper bound (${midRentMax}) must lie above the liberalisatiegrens (${input.liberalisationLimitEur}).`, {
      field: 'body.midRentMaxEur',
    });
  }
  await inTransaction(db, actor, (tx) =>
    upsertRentLimit(tx, {
      year: input.year,
      liberalisationLimitEur: input.liberalisationLimitEur,
      midRentMaxEur: midRentMax,
      sourceUrl: input.sourceUrl,
      quotation: input.quotation ?? null,
      midRentSource: input.midRentMaxEur === undefined ? adviceSource : input.sourceUrl,
    }),
  );
}
