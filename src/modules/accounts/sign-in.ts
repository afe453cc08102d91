// SPDX-License-Identifier: EUPL-1.2
/** Signs a person in with e-mail address and password. */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { findCredentialsByEmail } from './account.repository.ts';
import { verifyPassword } from './secrets.ts';
import type { SignInInput } from './session.schema.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';
import { startSession, type StartedSession } from './start-session.ts';

export type SignInOptions = {
  database: Database;
  limiter: SignInLimiter;
  input: SignInInput;
  /** The client's IP address, for the per-address limit. */
  ip: string;
  sessionHours: number;
};

/**
 * Wrong password, unknown address, deactivated account and an account without a password all
 * give the same UNAUTHENTICATED error after the same argon2 work, so neither the answer nor its
 * timing tells whether an account exists.
 */
export async function signIn(options: SignInOptions): Promise<StartedSession> {
  const attempt = options.limiter.attempt({ email: options.input.email, ip: options.ip });
  const account = await findCredentialsByEmail(options.database.db, options.input.email);
  const storedHash = account?.active ? account.passwordHash : null;
  const valid = await verifyPassword(storedHash, options.input.password);
  if (!valid || !account) {
    throw new AppError('UNAUTHENTICATED', 'The e-mail address or the password is wrong.');
  }
  attempt.release();
  return startSession({ database: options.database, personId: account.id, sessionHours: options.sessionHours });
}
