// SPDX-License-Identifier: EUPL-1.2
/** Updates a household's composition, municipality, location, dates, or closes/reopens it. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { checkHousehold } from './create-household.ts';
import { findHousehold, updateHousehold, type HouseholdRecord } from './household.repository.ts';
import type { UpdateHouseholdInput } from './household.schema.ts';

export type UpdateHouseholdOptions = {
  db: Db;
  actor: Actor;
  id: string;
  input: UpdateHouseholdInput;
  /** The policy, asked for the household as it is and as it would become. */
  canAccess: (household: { municipalityCode: string | null }) => boolean;
};

export async function updateHouseholdById({ db, actor, id, input, canAccess }: UpdateHouseholdOptions): Promise<HouseholdRecord> {
  const current = await findHousehold(db, id);
  if (!current || !canAccess(current)) {
    throw new AppError('NOT_FOUND', `There is no household ${id} that you may change.`, { field: 'params.id' });
  }
  const next = {
    adults: input.adults ?? current.adults,
    minors: input.minors ?? current.minors,
    municipalityCode: input.municipalityCode === undefined ? current.municipalityCode : input.municipalityCode,
    receptionLocation: input.receptionLocation === undefined ? current.receptionLocation : input.receptionLocation,
    permitDate: input.permitDate === undefined ? current.permitDate : input.permitDate,
    readyForHousingDate: input.readyForHousingDate === undefined ? current.readyForHousingDate : input.readyForHousingDate,
  };
  if (!canAccess(next)) {
    throw new AppError('FORBIDDEN', 'You may not move this household to a municipality outside your scope.', { field: 'body.municipalityCode' });
  }
  // A municipality that merged away since the household was assigned is only refused when set now.
  await checkHousehold(db, { ...next, municipalityCode: input.municipalityCode === undefined ? null : next.municipalityCode });
  const closedAt = input.closed === undefined ? current.closedAt : input.closed ? (current.closedAt ?? new Date()) : null;
  return inTransaction(db, actor, (tx) => updateHousehold(tx, id, { ...next, size: next.adults + next.minors, closedAt }));
}
