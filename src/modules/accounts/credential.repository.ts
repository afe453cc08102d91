// SPDX-License-Identifier: EUPL-1.2
/** SQL for sessions and API tokens, and the principal lookup done on every API request. */
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { apiTokens, people, roleGrants, sessions } from '../../db/schema/accounts.ts';
import { grantsAggregate, type GrantRow } from './account.repository.ts';

export type PrincipalRow = {
  credentialId: string;
  personId: string;
  organisationId: string;
  grants: GrantRow[];
};

/**
 * The active person behind a live session, with all grants, in one query using the unique
 * index on the token hash. Deactivated people and expired sessions give nothing.
 */
export async function findSessionPrincipal(ex: Executor, tokenHash: string): Promise<PrincipalRow | undefined> {
  const [row] = await ex
    .select({
      credentialId: sessions.id,
      personId: people.id,
      organisationId: people.organisationId,
      grants: grantsAggregate,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .leftJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), eq(people.active, true)))
    .groupBy(sessions.id, people.id);
  return row;
}

/** Like findSessionPrincipal, for an API token. */
export async function findTokenPrincipal(ex: Executor, tokenHash: string): Promise<PrincipalRow | undefined> {
  const [row] = await ex
    .select({
      credentialId: apiTokens.id,
      personId: people.id,
      organisationId: people.organisationId,
      grants: grantsAggregate,
    })
    .from(apiTokens)
    .innerJoin(people, eq(people.id, apiTokens.personId))
    .leftJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(and(eq(apiTokens.tokenHash, tokenHash), eq(people.active, true)))
    .groupBy(apiTokens.id, people.id);
  return row;
}

/** Inserts a session and returns its id. */
export async function insertSession(
  tx: Tx,
  values: { personId: string; tokenHash: string; expiresAt: Date },
): Promise<string> {
  const [row] = await tx.insert(sessions).values(values).returning({ id: sessions.id });
  if (!row) {
    throw new Error('insert into sessions returned no row');
  }
  return row.id;
}

/** Removes the person's expired sessions (done at sign-in, so the table does not grow). */
export async function deleteExpiredSessions(tx: Tx, personId: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.personId, personId), lte(sessions.expiresAt, sql`now()`)));
}

/** Deletes one session (sign-out). */
export async function deleteSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a person (deactivation, new password). */
export async function deleteSessionsOfPerson(tx: Tx, personId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.personId, personId));
}

/** Inserts an API token (its hash) and returns its public part. */
export async function insertApiToken(
  tx: Tx,
  values: { personId: string; name: string; tokenHash: string },
): Promise<{ id: string; name: string; createdAt: Date }> {
  const [row] = await tx
    .insert(apiTokens)
    .values(values)
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  if (!row) {
    throw new Error('insert into api_tokens returned no row');
  }
  return row;
}

/** A person's API tokens, oldest first. */
export async function listApiTokens(
  ex: Executor,
  personId: string,
): Promise<{ id: string; name: string; createdAt: Date }[]> {
  return ex
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt })
    .from(apiTokens)
    .where(eq(apiTokens.personId, personId))
    .orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
}

/** Revokes one of the person's tokens; false when the person has no such token. */
export async function deleteApiToken(tx: Tx, personId: string, tokenId: string): Promise<boolean> {
  const rows = await tx
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.personId, personId)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Revokes all of a person's API tokens (deactivation). */
export async function deleteApiTokensOfPerson(tx: Tx, personId: string): Promise<void> {
  await tx.delete(apiTokens).where(eq(apiTokens.personId, personId));
}
