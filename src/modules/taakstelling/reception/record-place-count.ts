// SPDX-License-Identifier: EUPL-1.2
/** Records realised reception places counted at a location on a date (until the locations register). */
import type { Db } from '../../../db/client.ts';
import { inTransaction, type Actor } from '../../../db/transaction.ts';
import { AppError } from '../../../shared/errors.ts';
import { todayInNetherlands } from '../domain/period.ts';
import type { MunicipalityScope } from '../taakstelling.policy.ts';
import { findMunicipality } from '../taakstelling.repository.ts';
import { insertPlaceCount, type PlaceCountRecord } from './reception.repository.ts';

export type RecordPlaceCountOptions = {
  db: Db;
  actor: Actor;
  input: { municipalityCode: string; kind: 'emergency' | 'structural'; locationReference: string; countedOn: string; places: number; sourceReference?: string | undefined };
  canRecord: (municipality: MunicipalityScope) => boolean;
  today?: string;
};

export async function recordPlaceCount({ db, actor, input, canRecord, today = todayInNetherlands() }: RecordPlaceCountOptions): Promise<PlaceCountRecord> {
  const municipality = await findMunicipality(db, input.municipalityCode);
  if (!municipality) {
    throw new AppError('VALIDATION_FAILED', `There is no municipality ${input.municipalityCode}.`, { field: 'body.municipalityCode' });
  }
  if (!canRecord(municipality)) {
    throw new AppError('FORBIDDEN', `You may not record places for ${municipality.code}.`);
  }
  if (municipality.endDate !== null && input.countedOn >= municipality.endDate) {
    throw new AppError('VALIDATION_FAILED', `${municipality.code} ${municipality.name} merged away on ${municipality.endDate}.`, { field: 'body.municipalityCode' });
  }
  if (input.countedOn > today) {
    throw new AppError('VALIDATION_FAILED', `${input.countedOn} is in the future.`, { field: 'body.countedOn' });
  }
  return inTransaction(db, actor, (tx) =>
    insertPlaceCount(tx, { ...input, sourceReference: input.sourceReference ?? null }),
  );
}
