// SPDX-License-Identifier: EUPL-1.2
/**
 * Group commit for residents' reactions. Under a surge many reactions arrive at once; writing
 * each in its own transaction spends most of the time on commits. The writer gathers what arrives
 * while the previous commit runs and writes it in one transaction (one multi-row insert). Each
 * caller's promise settles only after its transaction has committed, so a 201 always means
 * stored. If a batch fails, its reactions are retried one by one, so one bad row cannot sink the
 * others. With one reaction at a time this is just one transaction per reaction. A batch is one
 * SQL statement (insertReactionBatch): one round trip, whatever its size.
 *
 * A batch starts in the event loop's check phase (setImmediate), after the requests that arrived
 * together have all been read, and the writer yields to the loop again between batches. Without
 * that, on the embedded database (PGlite runs its queries on this thread) the first request of a
 * burst was written alone while the others waited unread: batches of one, ~15 ms each.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../db/transaction.ts';
import { insertReactionBatch, type NewReaction } from './reaction.repository.ts';

export type PendingReaction = { values: Omit<NewReaction, 'id' | 'email'>; email: string | undefined };

export type ReactionWriter = {
  /** Stores one reaction (and its address); resolves with its id after the commit. */
  write: (reaction: PendingReaction) => Promise<string>;
};

type Waiting = PendingReaction & { resolve: (id: string) => void; reject: (error: unknown) => void };

/** The audit actor of reactions sent by the public. */
export const publicActor: Actor = 'system:public-reaction';

export function createReactionWriter(options: { db: Db; maxBatch?: number }): ReactionWriter {
  const maxBatch = options.maxBatch ?? 250;
  let queue: Waiting[] = [];
  let flushing = false;

  const store = async (batch: Waiting[]): Promise<string[]> => {
    const reactions = batch.map((item) => ({ ...item.values, id: crypto.randomUUID(), email: item.email ?? null }));
    await insertReactionBatch(options.db, publicActor, reactions);
    return reactions.map((reaction) => reaction.id);
  };

  const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  const flush = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const ids = await store(batch);
        batch.forEach((item, index) => item.resolve(ids[index] ?? ''));
      } catch (error) {
        if (batch.length === 1) {
          batch[0]?.reject(error);
          continue;
        }
        for (const item of batch) {
          await store([item]).then(
            (ids) => item.resolve(ids[0] ?? ''),
            (itemError: unknown) => item.reject(itemError),
          );
        }
      }
      await nextTurn();
    }
    flushing = false;
  };

  return {
    write: (reaction) =>
      new Promise<string>((resolve, reject) => {
        queue.push({ ...reaction, resolve, reject });
        if (!flushing) {
          flushing = true;
          setImmediate(() => void flush());
        }
      }),
  };
}
