// SPDX-License-Identifier: EUPL-1.2
/**
 * A coordinator (or the command line) resets a person's password: the person gets a one-time
 * token, valid 24 hours, to choose a new one at POST /api/v1/password. The old password keeps
 * working until then, so a reset requested by someone else cannot lock the person out.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { issuePasswordToken, type IssuedPasswordToken } from './issue-password-token.ts';
import { actorFor, loadManagedPerson, type AccountsCaller } from './managed-person.ts';

export type ResetPasswordOptions = { database: Database; caller: AccountsCaller; personId: string };

export const resetPasswordHours = 24;

/** Issues a reset token for an active person the caller manages. */
export async function resetPassword(options: ResetPasswordOptions): Promise<IssuedPasswordToken> {
  return inTransaction(options.database.db, actorFor(options.caller), async (tx) => {
    const person = await loadManagedPerson(tx, options.caller, options.personId);
    if (!person.active) {
      throw new AppError('CONFLICT', 'This account is deactivated.', { field: 'params.id' });
    }
    return issuePasswordToken(tx, { personId: person.id, purpose: 'reset', hours: resetPasswordHours });
  });
}
