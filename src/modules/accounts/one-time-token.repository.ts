// SPDX-License-Identifier: EUPL-1.2
/** SQL for one-time tokens: password set/reset tokens and first-run setup tokens. */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { passwordTokens, people, setupTokens } from '../../db/schema/accounts.ts';

export type PasswordTokenPurpose = 'set' | 'reset';

/** Inserts a password token (its hash). */
export async function insertPasswordToken(
  tx: Tx,
  values: { personId: string; purpose: PasswordTokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await tx.insert(passwordTokens).values(values);
}

/** Makes the person's unused tokens unusable, so only the newest one works. */
export async function expireUnusedPasswordTokens(tx: Tx, personId: string): Promise<void> {
  await tx
    .update(passwordTokens)
    .set({ expiresAt: sql`now()` })
    .where(
      and(
        eq(passwordTokens.personId, personId),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, sql`now()`),
      ),
    );
}

/** The person of a usable (unused, unexpired, active account) password token. */
export async function findPasswordTokenPerson(ex: Executor, tokenHash: string): Promise<string | undefined> {
  const [row] = await ex
    .select({ personId: passwordTokens.personId })
    .from(passwordTokens)
    .innerJoin(people, eq(people.id, passwordTokens.personId))
    .where(
      and(
        eq(passwordTokens.tokenHash, tokenHash),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, sql`now()`),
        eq(people.active, true),
      ),
    );
  return row?.personId;
}

/**
 * Takes a usable (unused, unexpired) password token and marks it used, in one statement, so a
 * token works once even when two requests race. Returns its person, or undefined.
 */
export async function consumePasswordToken(tx: Tx, tokenHash: string): Promise<string | undefined> {
  const [row] = await tx
    .update(passwordTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passwordTokens.tokenHash, tokenHash),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ personId: passwordTokens.personId });
  return row?.personId;
}

/** Inserts a setup token (its hash). */
export async function insertSetupToken(tx: Tx, values: { tokenHash: string; expiresAt: Date }): Promise<void> {
  await tx.insert(setupTokens).values(values);
}

/** Removes setup tokens that were never used: each server start prints a new one. */
export async function deleteUnusedSetupTokens(tx: Tx): Promise<void> {
  await tx.delete(setupTokens).where(isNull(setupTokens.usedAt));
}

/** Like consumePasswordToken, for a setup token; true when the token was usable. */
export async function consumeSetupToken(tx: Tx, tokenHash: string): Promise<boolean> {
  const rows = await tx
    .update(setupTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)),
    )
    .returning({ id: setupTokens.id });
  return rows.length > 0;
}
