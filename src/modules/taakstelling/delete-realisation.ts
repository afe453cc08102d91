// SPDX-License-Identifier: EUPL-1.2
/**
 * Deletes a realisation recorded by mistake. The audit trail keeps what was deleted and by
 * whom; the totals trigger lowers the balance in the same transaction.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { deleteRealisation as deleteRow, findRealisation } from './realisation.repository.ts';
import { findMunicipality } from './taakstelling.repository.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';

export type DeleteRealisationOptions = {
  db: Db;
  actor: Actor;
  id: string;
  /** The policy; a realisation the caller may not change is reported as not found. */
  canDelete: (municipality: MunicipalityScope) => boolean;
};

export async function deleteRealisation({ db, actor, id, canDelete }: DeleteRealisationOptions): Promise<void> {
  const realisation = await findRealisation(db, id);
  const municipality = realisation ? await findMunicipality(db, realisation.municipalityCode) : undefined;
  if (!realisation || !municipality || !canDelete(municipality)) {
    throw new AppError('NOT_FOUND', `There is no realisation ${id} that you may change.`, { field: 'params.id' });
  }
  await inTransaction(db, actor, (tx) => deleteRow(tx, id));
}
