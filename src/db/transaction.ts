// SPDX-License-Identifier: EUPL-1.2
/**
 * Every write goes through `inTransaction`: one transaction, with the actor set so that the audit
 * triggers record who made each change.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';

/** Who writes: `person:<id>`, `token:<id>`, `system:<job>` or `cli:<command>`. */
export type Actor = `person:${string}` | `token:${string}` | `system:${string}` | `cli:${string}`;

/** Runs `work` in one transaction as `actor`; everything or nothing is written. */
export async function inTransaction<T>(db: Db, actor: Actor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('regietafel.actor', ${actor}, true)`);
    return work(tx as Tx);
  });
}
