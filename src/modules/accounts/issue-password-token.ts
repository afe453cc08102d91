// SPDX-License-Identifier: EUPL-1.2
/** Issues a one-time token to set or reset a password; earlier unused tokens stop working. */
import type { Tx } from '../../db/client.ts';
import {
  expireUnusedPasswordTokens,
  insertPasswordToken,
  type PasswordTokenPurpose,
} from './one-time-token.repository.ts';
import { hashToken, randomToken } from './secrets.ts';

export type IssuePasswordTokenOptions = { personId: string; purpose: PasswordTokenPurpose; hours: number };
export type IssuedPasswordToken = { token: string; expiresAt: Date };

/** Stores the hash of a new one-time token and returns the token (shown once). */
export async function issuePasswordToken(tx: Tx, options: IssuePasswordTokenOptions): Promise<IssuedPasswordToken> {
  const token = randomToken('pw_');
  const expiresAt = new Date(Date.now() + options.hours * 3_600_000);
  await expireUnusedPasswordTokens(tx, options.personId);
  await insertPasswordToken(tx, {
    personId: options.personId,
    purpose: options.purpose,
    tokenHash: hashToken(token),
    expiresAt,
  });
  return { token, expiresAt };
}
