// SPDX-License-Identifier: EUPL-1.2
/**
 * Deactivates an account: it can no longer sign in, and its sessions, API tokens and unused
 * password tokens end in the same transaction. The person stays in the records (audit trail).
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { deactivatePerson as markInactive, loadPeople, type PersonRow } from './account.repository.ts';
import { deleteApiTokensOfPerson, deleteSessionsOfPerson } from './credential.repository.ts';
import { actorFor, loadManagedPerson, type AccountsCaller } from './managed-person.ts';
import { expireUnusedPasswordTokens } from './one-time-token.repository.ts';

export type DeactivatePersonOptions = { database: Database; caller: AccountsCaller; personId: string };

/** Deactivates a person (idempotent); a coordinator cannot deactivate themselves. */
export async function deactivatePerson(options: DeactivatePersonOptions): Promise<PersonRow> {
  const { caller, personId } = options;
  if (caller !== 'cli:user' && caller.personId === personId) {
    throw new AppError('CONFLICT', 'You cannot deactivate your own account; ask another coordinator.', {
      field: 'params.id',
    });
  }
  return inTransaction(options.database.db, actorFor(caller), async (tx) => {
    const person = await loadManagedPerson(tx, caller, personId);
    if (!person.active) {
      return person;
    }
    await markInactive(tx, personId);
    await deleteSessionsOfPerson(tx, personId);
    await deleteApiTokensOfPerson(tx, personId);
    await expireUnusedPasswordTokens(tx, personId);
    const [updated] = await loadPeople(tx, { personIds: [personId] });
    return updated ?? person;
  });
}
