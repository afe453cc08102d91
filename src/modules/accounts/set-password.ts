// SPDX-License-Identifier: EUPL-1.2
/**
 * Sets a password with a one-time token (first password or reset). The token works once; the
 * person's existing sessions end, so a reset also signs out whoever knew the old password.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { setPasswordHash } from './account.repository.ts';
import { deleteSessionsOfPerson } from './credential.repository.ts';
import { consumePasswordToken, findPasswordTokenPerson } from './one-time-token.repository.ts';
import { hashPassword, hashToken } from './secrets.ts';

export type SetPasswordOptions = {
  database: Database;
  token: string;
  newPassword: string;
  /** Who sets it; by default the person the token belongs to (the command line passes its own). */
  actor?: Actor;
};

function invalidToken(): AppError {
  return new AppError('VALIDATION_FAILED', 'This link is no longer valid. Ask for a new one.', {
    field: 'body.token',
  });
}

/** Sets the password of the token's person; a used or expired token is VALIDATION_FAILED on body.token. */
export async function setPassword(options: SetPasswordOptions): Promise<void> {
  const tokenHash = hashToken(options.token);
  // Read first, so the change is recorded as made by the person the token belongs to.
  const personId = await findPasswordTokenPerson(options.database.db, tokenHash);
  if (!personId) {
    throw invalidToken();
  }
  const passwordHash = await hashPassword(options.newPassword);
  await inTransaction(options.database.db, options.actor ?? `person:${personId}`, async (tx) => {
    if ((await consumePasswordToken(tx, tokenHash)) !== personId) {
      throw invalidToken();
    }
    await setPasswordHash(tx, personId, passwordHash);
    await deleteSessionsOfPerson(tx, personId);
  });
}
